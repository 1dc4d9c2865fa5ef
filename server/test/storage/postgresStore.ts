import { afterAll, beforeAll, describe, test } from 'vitest'
import { PostgresStore } from '../../src/storage/postgres/PostgresStore.ts'
import {
  postgresUnavailable,
  startPostgresCluster,
  type PostgresCluster,
} from '../helpers/postgresCluster.ts'
import type { StoreUnderTest } from './contracts/docLogContract.ts'

/**
 * Runs `describeSuites` against PostgreSQL stores on a cluster of this
 * file's own, each test with a fresh database. Without the binaries (and
 * outside CI) it skips, saying why.
 */
export function withPostgres(
  describeSuites: (makeStore: () => Promise<StoreUnderTest<PostgresStore>>) => void,
): void {
  const unavailable = postgresUnavailable()
  if (unavailable) {
    describe.skip(`PostgreSQL: skipped. ${unavailable}`, () => {
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
  describeSuites(async () => {
    const store = await PostgresStore.open(await cluster.newDatabase())
    return { store, close: () => store.close() }
  })
}
