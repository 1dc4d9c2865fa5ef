import { randomBytes } from 'node:crypto'
import type { LatencyServers } from './latency.ts'
import { ServerProcess } from './ServerProcess.ts'
import { makeTempDir } from './tempDirs.ts'

/**
 * Three WeSee nodes (`server/src/main.ts` with DATABASE_URL, CLUSTER_SECRET
 * and NODE_NAME) on one PostgreSQL database, as docs/deploy-many.md runs
 * them behind a load balancer. They share one DATA_DIR so they share
 * `board-keys.secret`, as every node of a cluster must. The writers' node
 * makes the boards and, being asked for them first, owns them; the readers
 * connect to the other two, which hand each socket on to the owner.
 */
export async function startThreeNodes(databaseUrl: string): Promise<LatencyServers> {
  const dataDir = makeTempDir()
  // 64 hex characters: over the 32 a node insists on, and new for every run.
  const secret = randomBytes(32).toString('hex')
  const start = (name: string) => ServerProcess.start(dataDir, { databaseUrl, node: { secret, name } })
  // One node first: it writes board-keys.secret into the shared DATA_DIR, which the others then read.
  const owner = await start('bench-owner')
  const relays = await Promise.allSettled([start('bench-relay-1'), start('bench-relay-2')])
  const started = relays.flatMap((relay) => (relay.status === 'fulfilled' ? [relay.value] : []))
  const stopAll = async () => {
    await Promise.all([owner, ...started].map((node) => node.stop()))
  }
  const failed = relays.find((relay) => relay.status === 'rejected')
  if (failed) {
    await stopAll()
    throw failed.reason
  }
  return { writersTo: owner, readersTo: started, stop: stopAll }
}
