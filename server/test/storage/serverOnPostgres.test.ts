import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { JoinedBoard } from '@wesee/shared'
import { expect, test } from 'vitest'
import { createBoardOver, requestJson } from '../helpers/api.ts'
import { startChildServer } from '../helpers/childServer.ts'
import { describeWithPostgresCluster } from '../helpers/postgresCluster.ts'
import { connectClient, noteRecord } from '../helpers/syncClient.ts'
import { tempDataDir } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

describeWithPostgresCluster('pnpm start with DATABASE_URL', (cluster) => {
  test('keeps the boards, the people and their notes in PostgreSQL: after kill -9 a new server has them all', async () => {
    const dataDir = tempDataDir()
    const env = { DATABASE_URL: await cluster().newDatabase() }
    const first = await startChildServer(dataDir, env)
    const board = await createBoardOver(first.url, 'Bus stops')
    const joined = await requestJson(`${first.url}/api/boards/${board.id}/participants`, {
      body: { name: 'Sam' },
      key: board.keys.participant,
    })
    expect(joined.status).toBe(201)
    const sam = joined.body as JoinedBoard
    const writer = connectClient(first.syncUrl, board.id, board.keys.participant, { token: sam.token })
    await writer.waitSynced()
    writer.kv.set('shape:sam', noteRecord('sam', 'The stop needs a bench'))
    // Stored before anyone is told: once the server has handled it, it is in PostgreSQL.
    await writer.roundTrip()
    writer.destroy()
    await first.kill('SIGKILL')

    const second = await startChildServer(dataDir, env)
    const reader = connectClient(second.syncUrl, board.id, board.keys.viewer)
    await reader.waitSynced()
    await waitFor(() => reader.kv.get('shape:sam') !== undefined, 'the note to come back')
    expect(JSON.stringify(reader.kv.get('shape:sam'))).toContain('The stop needs a bench')
    reader.destroy()
    // Sam's token still proves who they are, and the join code still finds the board.
    const found = await requestJson(`${second.url}/api/join/${board.joinCode}`, { method: 'GET' })
    expect(found.status).toBe(200)
    const mine = await fetch(`${second.url}/api/boards/${board.id}/votes/mine`, {
      headers: { authorization: `Bearer ${board.keys.participant}`, 'x-participant-token': sam.token },
    })
    expect(mine.status).toBe(200)
    // Nothing went into SQLite beside it.
    expect(fs.existsSync(path.join(dataDir, 'wesee.sqlite'))).toBe(false)
    await second.kill('SIGTERM')
  })
})

test('a DATABASE_URL that does not answer stops the server in plain words, without repeating the address', async () => {
  const dataDir = tempDataDir()
  const result = await new Promise<{ code: number | null; output: string }>((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'server/src/main.ts'],
      {
        env: {
          ...process.env,
          // Port 9 (discard) on loopback: nothing answers PostgreSQL there.
          DATABASE_URL: 'postgres://wesee:s3cret-word@127.0.0.1:9/wesee',
          DATA_DIR: dataDir,
          PORT: '0',
          LOG_LEVEL: 'info',
        },
        cwd: fileURLToPath(new URL('../../..', import.meta.url)),
        timeout: 60_000,
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, output: stdout + stderr }),
    )
  })
  expect(result.code).toBe(1)
  expect(result.output).toMatch(
    /WeSee cannot start: the PostgreSQL named by DATABASE_URL could not be opened/,
  )
  expect(result.output).not.toContain('s3cret-word')
  expect(result.output).not.toMatch(/\n\s+at |\\n\s+at /)
  expect(fs.existsSync(path.join(dataDir, 'wesee.sqlite'))).toBe(false)
})

test('DATABASE_URL that is not a PostgreSQL address, or CLUSTER_SECRET without one, is refused in plain words', async () => {
  const run = (env: Record<string, string>) =>
    new Promise<string>((resolve) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', 'server/src/main.ts'],
        {
          env: { ...process.env, DATA_DIR: tempDataDir(), PORT: '0', ...env },
          cwd: fileURLToPath(new URL('../../..', import.meta.url)),
          timeout: 60_000,
        },
        (_error, stdout, stderr) => resolve(stdout + stderr),
      )
    })
  const notPostgres = await run({ DATABASE_URL: 'mysql://root:hunter2@db/wesee' })
  expect(notPostgres).toMatch(/WeSee cannot start: DATABASE_URL must be a PostgreSQL address/)
  expect(notPostgres).not.toContain('hunter2')
  const clusterAlone = await run({
    CLUSTER_SECRET: 'x'.repeat(40),
  })
  expect(clusterAlone).toMatch(/set DATABASE_URL so they share the boards/)
})
