import pg from 'pg'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { PostgresStore } from '../../src/storage/postgres/PostgresStore.ts'
import { openStorage } from '../../src/storage/openStorage.ts'
import { tempDataDir } from '../helpers/testServer.ts'
import {
  postgresMigrations,
  PostgresSchemaTooNewError,
} from '../../src/storage/postgres/postgresMigrations.ts'
import {
  postgresUnavailable,
  startPostgresCluster,
  type PostgresCluster,
} from '../helpers/postgresCluster.ts'

const latest = postgresMigrations.at(-1)!.version
const unavailable = postgresUnavailable()

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<T>(sql)).rows
  } finally {
    await client.end()
  }
}

describe.skipIf(unavailable !== null)(
  `PostgreSQL schema versions${unavailable ? ` (skipped: ${unavailable})` : ''}`,
  () => {
    let cluster: PostgresCluster
    beforeAll(async () => {
      cluster = await startPostgresCluster()
    }, 120_000)
    afterAll(async () => {
      await cluster?.stop()
    })

    test('the steps are numbered 1, 2, 3 … with none missing or repeated', () => {
      expect(postgresMigrations.map((step) => step.version)).toEqual(
        postgresMigrations.map((_, index) => index + 1),
      )
    })

    test('three nodes starting on an empty database at once: one migrates, all open, each step recorded once', async () => {
      const url = await cluster.newDatabase()
      const stores = await Promise.all([1, 2, 3].map(() => PostgresStore.open(url)))
      for (const store of stores) await store.close()
      const rows = await query<{ version: number }>(
        url,
        'SELECT version FROM schema_migrations ORDER BY version',
      )
      expect(rows.map((row) => row.version)).toEqual(postgresMigrations.map((step) => step.version))
    })

    test('opening again changes nothing and keeps what is stored', async () => {
      const url = await cluster.newDatabase()
      const first = await PostgresStore.open(url)
      await first.docLog.appendMany('b/content', [new Uint8Array([1, 2])])
      await first.close()
      const second = await PostgresStore.open(url)
      try {
        expect(await second.docLog.loadUpdates('b/content')).toEqual([new Uint8Array([1, 2])])
      } finally {
        await second.close()
      }
      expect(await query(url, 'SELECT version FROM schema_migrations')).toHaveLength(latest)
    })

    test('a database from a newer WeSee is refused in plain words', async () => {
      const url = await cluster.newDatabase()
      await (await PostgresStore.open(url)).close()
      await query(url, `INSERT INTO schema_migrations (version) VALUES (${latest + 1})`)
      await expect(PostgresStore.open(url)).rejects.toThrow(PostgresSchemaTooNewError)
      await expect(PostgresStore.open(url)).rejects.toThrow(/made by a newer version of WeSee/)
      // Said as it is at start-up: the database answered, so "check it is running" would send the reader the wrong way.
      const starting = openStorage({ dataDir: tempDataDir(), databaseUrl: url })
      await expect(starting).rejects.toThrow(PostgresSchemaTooNewError)
      await expect(starting).rejects.not.toThrow(/Check it is running/)
    })

    test('an address with nothing listening is refused, not waited on for ever', async () => {
      await expect(PostgresStore.open('postgres://wesee@127.0.0.1:1/none')).rejects.toThrow()
    })
  },
)
