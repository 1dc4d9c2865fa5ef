import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { BoardKeyVault } from '../../src/auth/boardKeyVault.ts'
import { PostgresStore } from '../../src/storage/postgres/PostgresStore.ts'
import { describeWithPostgresCluster } from '../helpers/postgresCluster.ts'
import type { StoreUnderTest } from './contracts/docLogContract.ts'

/** A fresh PostgreSQL store, and a way to put a bare board row (or anything else, by hand) in it. */
export interface PostgresUnderTest extends StoreUnderTest<PostgresStore> {
  addBoard(id: string): Promise<void>
  /** Runs one statement on a connection of its own, outside the store (as a hand edit or an older server would). */
  sql<Row extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]): Promise<Row[]>
}

/**
 * Runs `describeSuites` against PostgreSQL stores on a cluster of this
 * file's own, each test with a fresh database. Without the binaries (and
 * outside CI) it skips, saying why.
 */
export function withPostgres(
  describeSuites: (
    makeStore: (options?: { withoutKeyVault?: boolean }) => Promise<PostgresUnderTest>,
  ) => void,
): void {
  describeWithPostgresCluster('PostgreSQL', (cluster) => {
    describeSuites(async ({ withoutKeyVault = false } = {}) => {
      const databaseUrl = await cluster().newDatabase()
      // The board key secret lives in a data folder, as on a real node.
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wesee-pg-keys-'))
      const keyVault = withoutKeyVault ? null : new BoardKeyVault(dataDir)
      const store = await PostgresStore.open(databaseUrl, { keyVault })
      const sql = async <Row extends pg.QueryResultRow>(text: string, values: unknown[] = []) => {
        const client = new pg.Client({ connectionString: databaseUrl })
        await client.connect()
        try {
          return (await client.query<Row>(text, values)).rows
        } finally {
          await client.end()
        }
      }
      return {
        store,
        async close() {
          await store.close()
          fs.rmSync(dataDir, { recursive: true, force: true })
        },
        sql,
        async addBoard(id) {
          await sql(
            `INSERT INTO boards (id, title, template, created_at, facilitator_key, participant_key, viewer_key, join_code)
             VALUES ($1, $1, 'blank', 0, 'f', 'p', 'v', $1)`,
            [id],
          )
        },
      }
    })
  })
}
