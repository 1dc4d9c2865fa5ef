import pg from 'pg'
import { afterAll, beforeAll, describe, onTestFinished, test } from 'vitest'
import { migratePostgres } from '../../src/storage/postgres/postgresMigrations.ts'
import {
  postgresUnavailable,
  startPostgresCluster,
  type PostgresCluster,
} from '../helpers/postgresCluster.ts'

export interface ClusterDatabase {
  url: string
  /** A pool on the database, ended when the test finishes. */
  pool(): pg.Pool
}

/**
 * Runs `describeSuites` with a PostgreSQL cluster of this file's own; each
 * call of `freshDatabase` makes a new migrated database. Without the
 * binaries (and outside CI) it skips, saying why.
 */
export function withClusterDatabase(
  title: string,
  describeSuites: (freshDatabase: () => Promise<ClusterDatabase>) => void,
): void {
  const unavailable = postgresUnavailable()
  if (unavailable) {
    describe.skip(`${title}: skipped. ${unavailable}`, () => {
      test('needs PostgreSQL', () => {})
    })
    return
  }
  let cluster: PostgresCluster
  beforeAll(async () => {
    cluster = await startPostgresCluster()
  }, 120_000)
  afterAll(async () => {
    await cluster?.stop()
  })
  describe(title, () => {
    describeSuites(async () => {
      const url = await cluster.newDatabase()
      const pools: pg.Pool[] = []
      const pool = () => {
        const made = new pg.Pool({ connectionString: url, max: 5 })
        pools.push(made)
        return made
      }
      const migrating = pool()
      await migratePostgres(migrating)
      onTestFinished(async () => {
        await Promise.all(pools.map((made) => made.end()))
      })
      return { url, pool }
    })
  })
}
