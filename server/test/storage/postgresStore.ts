import pg from 'pg'
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
export function withPostgres(describeSuites: (makeStore: () => Promise<PostgresUnderTest>) => void): void {
  describeWithPostgresCluster('PostgreSQL', (cluster) => {
    describeSuites(async () => {
      const databaseUrl = await cluster().newDatabase()
      const store = await PostgresStore.open(databaseUrl)
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
        close: () => store.close(),
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
