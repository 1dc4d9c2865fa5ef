import { afterAll, beforeAll, describe, test } from 'vitest'
import { postgresUnavailable, startPostgresCluster, type PostgresCluster } from './postgresServer.ts'

// The cluster itself lives in postgresServer.ts, without vitest, so the bench can use it too.
export {
  createDatabase,
  findPostgresBinaries,
  postgresUnavailable,
  startPostgresCluster,
  type PostgresCluster,
} from './postgresServer.ts'

/**
 * Describes `title` with a PostgreSQL cluster of the calling file's own,
 * started before its tests and stopped after them; `cluster()` gives it to
 * the tests. Without the binaries (and outside CI) the suite is skipped,
 * saying why; in CI `postgresUnavailable` fails instead.
 */
export function describeWithPostgresCluster(
  title: string,
  describeSuites: (cluster: () => PostgresCluster) => void,
): void {
  const unavailable = postgresUnavailable()
  if (unavailable) {
    describe.skip(`${title}: skipped. ${unavailable}`, () => {
      test('needs PostgreSQL', () => {})
    })
    return
  }
  let cluster: PostgresCluster | undefined
  beforeAll(async () => {
    cluster = await startPostgresCluster()
  }, 120_000)
  afterAll(async () => {
    await cluster?.stop()
  })
  describe(title, () => {
    describeSuites(() => {
      if (!cluster) throw new Error('The PostgreSQL cluster has not started.')
      return cluster
    })
  })
}
