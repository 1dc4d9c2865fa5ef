import express from 'express'
import pg from 'pg'
import { ErrorReason } from '@wesee/shared'
import type { AddressInfo } from 'node:net'
import { expect, onTestFinished, test } from 'vitest'
import { errorMiddleware } from '../../src/http/errorMiddleware.ts'
import { rateLimitPerIp } from '../../src/http/rateLimit.ts'
import { PostgresLimitCounter } from '../../src/storage/postgres/PostgresLimitCounter.ts'
import { withClusterDatabase } from '../cluster/clusterDatabase.ts'
import { describeLimitCounterContract } from './limitCounterContract.ts'

withClusterDatabase('Rate limits in PostgreSQL', (freshDatabase) => {
  // Each counter has its own pool: nodes of a cluster on one database.
  describeLimitCounterContract('PostgreSQL', async (count) => {
    const db = await freshDatabase()
    return Array.from({ length: count }, () => new PostgresLimitCounter(db.pool()))
  })

  test('ended windows are deleted as the counter goes, so the table stays small', async () => {
    const db = await freshDatabase()
    const pool = db.pool()
    const counter = new PostgresLimitCounter(pool)
    for (let index = 0; index < 499; index++) await counter.hit(`joins:${index}`, 1)
    await new Promise((resolve) => setTimeout(resolve, 20))
    const rows = async () => Number((await pool.query('SELECT count(*) AS n FROM rate_windows')).rows[0].n)
    expect(await rows()).toBe(499)
    await counter.hit('joins:still-counting', 60_000)
    // The tidy-up runs behind the 500th hit, not before it answers.
    const deadline = Date.now() + 5_000
    while ((await rows()) !== 1 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20))
    expect(await rows()).toBe(1)
  })

  test('when the database cannot be reached, a limited request is refused calmly, not let through uncounted', async () => {
    const db = await freshDatabase()
    // A pool of its own, ended below: the database "goes away" for this counter only.
    const pool = new pg.Pool({ connectionString: db.url })
    const app = express()
    let reached = false
    app.get(
      '/guarded',
      rateLimitPerIp({
        limit: 'join_lookups_per_ip',
        max: 5,
        windowMs: 60_000,
        counter: new PostgresLimitCounter(pool),
        reason: ErrorReason.TooManyTries,
      }),
      (_req, res) => {
        reached = true
        res.json({ ok: true })
      },
    )
    app.use(errorMiddleware)
    const server = app.listen(0, '127.0.0.1')
    await new Promise((resolve) => server.once('listening', resolve))
    onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())))
    await pool.end()
    const answer = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/guarded`)
    expect(answer.status).toBe(500)
    expect(((await answer.json()) as { error: { message: string } }).error.message).toMatch(
      /Your work is safe/,
    )
    expect(reached).toBe(false)
  })
})
