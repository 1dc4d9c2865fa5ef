/**
 * `pnpm test:postgres`: the server's integration tests again, with every
 * test server keeping its boards in PostgreSQL instead of SQLite, so both
 * engines are proven by the same tests, not only by the storage contract
 * suites. Starts a throw-away PostgreSQL on loopback in a temp folder,
 * points WESEE_TEST_POSTGRES at it (startTestServer makes a database per
 * data folder), runs vitest on server/test and stops the cluster. Tests
 * that read the SQLite file or the picture folder themselves are marked
 * `sqliteOnly` and skipped here. Without PostgreSQL binaries it says so and
 * passes, except in CI, where they are required.
 */
import { spawnSync } from 'node:child_process'
import { postgresUnavailable, startPostgresCluster } from './helpers/postgresServer.ts'

const unavailable = postgresUnavailable()
if (unavailable) {
  console.log(`Skipping the server tests on PostgreSQL: ${unavailable}`)
  process.exit(0)
}
const cluster = await startPostgresCluster()
let status = 1
try {
  // The storage and cluster suites already run on PostgreSQL clusters of their own in every run.
  const alreadyOnPostgres = ['--exclude', 'server/test/storage/**', '--exclude', 'server/test/cluster/**']
  const run = spawnSync(
    'pnpm',
    ['exec', 'vitest', 'run', 'server/test', ...alreadyOnPostgres, ...process.argv.slice(2)],
    {
      stdio: 'inherit',
      env: { ...process.env, WESEE_TEST_POSTGRES: cluster.adminUrl },
    },
  )
  status = run.status ?? 1
} finally {
  await cluster.stop()
}
process.exit(status)
