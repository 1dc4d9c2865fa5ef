import pg from 'pg'
import { onTestFinished } from 'vitest'
import { migratePostgres } from '../../src/storage/postgres/postgresMigrations.ts'
import { describeWithPostgresCluster } from '../helpers/postgresCluster.ts'

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
  describeWithPostgresCluster(title, (cluster) => {
    describeSuites(async () => {
      const url = await cluster().newDatabase()
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
