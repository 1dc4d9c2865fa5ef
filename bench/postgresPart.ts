import { noPostgres } from './benchPostgres.ts'
import { measureColdLoad } from './coldLoad.ts'
import { measureJoins } from './joins.ts'
import { measureLatency } from './latency.ts'
import { cpu, describeLatency, latencyRow } from './latencyReport.ts'
import { mib, ms, type ReportRow } from './report.ts'
import { bigRoom, fourRoomsOf25, oneRoomOf200, step } from './scenarios.ts'
import { median } from './stats.ts'
import type { PostgresCluster } from '../server/test/helpers/postgresServer.ts'

const measures = {
  small: 'PostgreSQL: latency p50/p95/p99, 4 rooms × 25 clients',
  room200: 'PostgreSQL: latency p50/p95/p99, 1 room × 200 clients',
  big: 'PostgreSQL: latency p50/p95/p99, 1 room × 500 (20 writers at 10/s, 480 bare-socket readers)',
  bigCpu: 'PostgreSQL: server CPU per 1,000 delivered updates, 1 room × 500',
  joins: 'PostgreSQL: 500 clients join one room (median of 3)',
  cold: 'PostgreSQL: cold load, 5,000 notes, median of 3',
}

/**
 * The same server and scenarios as the SQLite part, with the store in
 * PostgreSQL (DATABASE_URL): every update is stored in the database before
 * anyone is sent it, so these add the database's round trip. Each scenario
 * gets a fresh database on the bench's own cluster. Without PostgreSQL on
 * this machine every row says so.
 */
export async function runPostgresPart(postgres: PostgresCluster | null): Promise<ReportRow[]> {
  if (!postgres) return Object.values(measures).map((measure) => ({ measure, result: noPostgres }))

  const small = await step(
    'PostgreSQL: latency, 4 rooms × 25 clients',
    async () => measureLatency({ ...fourRoomsOf25, databaseUrl: await postgres.newDatabase() }),
    describeLatency,
  )
  const room200 = await step(
    'PostgreSQL: latency, 1 room × 200 clients',
    async () => measureLatency({ ...oneRoomOf200, databaseUrl: await postgres.newDatabase() }),
    describeLatency,
  )
  const big = await step(
    'PostgreSQL: latency, 1 room × 500 (20 writers at 10/s)',
    async () => measureLatency({ ...bigRoom, databaseUrl: await postgres.newDatabase() }),
    describeLatency,
  )
  const joins = await step(
    'PostgreSQL: 500 clients joining one room',
    async () => measureJoins(500, 3, await postgres.newDatabase()),
    (r) => `runs: ${r.runsMs.map(ms).join(', ')}`,
  )
  const cold = await step(
    'PostgreSQL: 5,000-note board, first sync after a restart',
    async () => measureColdLoad(5000, 3, await postgres.newDatabase()),
    (r) => `doc ${mib(r.docBytes)}; runs: ${r.runsMs.map(ms).join(', ')}`,
  )

  const coldMs = median(cold.runsMs)
  return [
    latencyRow(measures.small, small),
    latencyRow(measures.room200, room200, 20),
    latencyRow(measures.big, big),
    { measure: measures.bigCpu, result: cpu(big) },
    { measure: measures.joins, result: ms(median(joins.runsMs)) },
    {
      measure: `${measures.cold} (${mib(cold.docBytes)} doc)`,
      result: ms(coldMs),
      target: '< 500 ms',
      met: coldMs < 500,
    },
  ]
}
