import { noPostgres } from './benchPostgres.ts'
import { measureLatency } from './latency.ts'
import { cpu, cpuSeconds, describeLatency, latencyRow } from './latencyReport.ts'
import type { ReportRow } from './report.ts'
import { bigRoom, step } from './scenarios.ts'
import { startThreeNodes } from './threeNodes.ts'
import type { PostgresCluster } from '../server/test/helpers/postgresServer.ts'

const measures = {
  latency: '3 nodes: latency p50/p95/p99, 1 room × 500, readers through the two other nodes',
  ownerCpu: "3 nodes: the owner's CPU per 1,000 delivered updates",
  relayCpu: "3 nodes: each other node's CPU per 1,000 delivered updates",
}

/**
 * The big room (20 writers at 10/s, 480 bare-socket readers) on three nodes
 * sharing one PostgreSQL: the 20 writers connect to the board's owner, the
 * 480 readers to the two other nodes (240 each), which pass every frame on
 * to the owner and back. So the latency here is the single PostgreSQL
 * server's plus the hop through a non-owner node (one more socket each way,
 * on loopback, with three processes and the clients sharing the cores). The
 * owner still sends every reader's frame itself (one socket per reader,
 * through the relays), so its CPU per delivered update is comparable with
 * the one server's; the relays' CPU is what the hop costs.
 */
export async function runClusterPart(postgres: PostgresCluster | null): Promise<ReportRow[]> {
  if (!postgres) return Object.values(measures).map((measure) => ({ measure, result: noPostgres }))
  const result = await step(
    '3 nodes on PostgreSQL: latency, 1 room × 500, readers through the other two nodes',
    async () => {
      const databaseUrl = await postgres.newDatabase()
      return measureLatency(bigRoom, () => startThreeNodes(databaseUrl))
    },
    describeLatency,
  )
  return [
    latencyRow(measures.latency, result),
    { measure: measures.ownerCpu, result: cpu(result) },
    {
      measure: measures.relayCpu,
      result: result.readerServersCpuSecondsPer1000.map(cpuSeconds).join(', '),
    },
  ]
}
