import {
  findPostgresBinaries,
  startPostgresCluster,
  type PostgresCluster,
} from '../server/test/helpers/postgresServer.ts'

/**
 * The bench's own PostgreSQL: the tests' throw-away cluster (initdb in a
 * temp folder, loopback only, no fsync), so the figures never depend on a
 * database outside the run. Null when this machine has no PostgreSQL
 * binaries: the PostgreSQL rows then say so instead of failing the bench.
 */
export async function startBenchPostgres(): Promise<PostgresCluster | null> {
  if (!findPostgresBinaries()) return null
  return startPostgresCluster()
}

/** What a row says in place of a figure when there is no PostgreSQL here. */
export const noPostgres = 'skipped: no PostgreSQL'
