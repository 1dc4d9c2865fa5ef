import { startChildServer, type ChildServer } from '../server/test/helpers/childServer.ts'
import { startPostgresCluster, type PostgresCluster } from '../server/test/helpers/postgresServer.ts'
import {
  startRoundRobinBalancer,
  type RoundRobinBalancer,
} from '../server/test/cluster/roundRobinBalancer.ts'
import { parseMemoryReply } from './memoryReply.ts'
import { makeTempDir } from './tempDirs.ts'
import { sleep, withTimeout } from './timing.ts'

/** One node slot: the process in it now, replaced on each restart. */
export interface SoakNode {
  name: string
  server: ChildServer
  /** When the process in this slot started (Date.now()). */
  startedAt: number
  /** Resolves with the next memoryProbe.ts reply on its stdout. */
  nextMemoryReply(): Promise<NodeJS.MemoryUsage>
}

export interface SoakCluster {
  nodes: SoakNode[]
  balancer: RoundRobinBalancer
  /**
   * Stops node `index` (SIGTERM as a deploy does, or SIGKILL as a crash
   * does), starts a new process in its place and waits for its /readyz.
   * Returns the old process's exit code or signal.
   */
  restart(index: number, signal: 'SIGTERM' | 'SIGKILL'): Promise<string>
  /** The node's RSS in bytes right after a full garbage collection (memoryProbe.ts). */
  rssAfterGc(index: number): Promise<number>
  /** Each warning or error message the nodes logged (pino level 40 and up), with how often. */
  warnings: Map<string, number>
  stop(): Promise<void>
}

/** Shared by every node, as in docs/deploy-many.md: at least 32 characters. */
const clusterSecret = 'cluster-soak-secret-shared-by-every-node-0123456789'

/**
 * PostgreSQL 15 of the run's own (a temp folder on loopback, a fresh
 * database), three `server/src/main.ts` node processes on it sharing one
 * DATA_DIR (so one board-keys.secret), and the tests' TCP round-robin
 * balancer in front, as nginx or Caddy would be.
 */
export async function startSoakCluster(count: number, leaseMs: number): Promise<SoakCluster> {
  const postgres: PostgresCluster = await startPostgresCluster()
  try {
    const databaseUrl = await postgres.newDatabase()
    const dataDir = makeTempDir()
    const warnings = new Map<string, number>()
    const startNode = async (index: number): Promise<SoakNode> => {
      const name = `node${index}`
      const server = await startChildServer(
        dataDir,
        {
          DATABASE_URL: databaseUrl,
          CLUSTER_SECRET: clusterSecret,
          NODE_NAME: name,
          LEASE_MS: String(leaseMs),
          SHUTDOWN_TIMEOUT_MS: '8000',
          MAINTENANCE_EVERY_MINUTES: '0',
          // Every simulated person comes from 127.0.0.1: the per-address join limit would count them as one.
          MAX_JOINS_PER_IP_PER_MINUTE: '10000',
          MAX_BOARDS_PER_IP_PER_MINUTE: '10000',
          // A full collection on SIGUSR2 before each memory reading, so RSS does not depend on when V8 last collected.
          NODE_OPTIONS: '--expose-gc',
        },
        'bench/soakNodeMain.ts',
      )
      return { name, server, startedAt: Date.now(), nextMemoryReply: readLines(server, warnings) }
    }
    // One first, so the database's schema steps and the shared secret file are made once.
    const nodes = [await startNode(0)]
    for (let index = 1; index < count; index++) nodes.push(await startNode(index))
    await Promise.all(nodes.map((node) => waitReady(node.server.url)))
    const balancer = await startRoundRobinBalancer(nodes.map((node) => node.server.port))
    const backendsNow = () => nodes.map((node) => node.server.port)
    return {
      nodes,
      balancer,
      async restart(index, signal) {
        const old = nodes[index]!
        // A balancer with health checks stops sending a stopping or dead node new connections.
        balancer.backends = backendsNow().filter((port) => port !== old.server.port)
        await withTimeout(old.server.kill(signal), 30_000, `${old.name} to stop`)
        const ended = String(old.server.child.exitCode ?? old.server.child.signalCode)
        nodes[index] = await startNode(index)
        await waitReady(nodes[index].server.url)
        balancer.backends = backendsNow()
        return ended
      },
      async rssAfterGc(index) {
        const node = nodes[index]!
        const reply = node.nextMemoryReply()
        node.server.child.kill('SIGUSR2')
        return (await withTimeout(reply, 20_000, `${node.name} to report its memory`)).rss
      },
      warnings,
      stop: () => postgres.stop(),
    }
  } catch (error) {
    await postgres.stop()
    throw error
  }
}

/** Polls GET /readyz until it answers 200 (a new node has its database and can take work). */
async function waitReady(url: string): Promise<void> {
  const deadline = Date.now() + 60_000
  for (;;) {
    const status = await fetch(`${url}/readyz`).then(
      (response) => response.status,
      () => 0,
    )
    if (status === 200) return
    if (Date.now() > deadline) throw new Error(`${url}/readyz did not answer 200 within a minute`)
    await sleep(200)
  }
}

/**
 * Reads the node's stdout by line: hands out the memoryProbe.ts replies,
 * and counts its warnings and errors into `warnings` (a soak that passes
 * may still have logged something worth reading).
 */
function readLines(server: ChildServer, warnings: Map<string, number>): () => Promise<NodeJS.MemoryUsage> {
  const waiting: Array<(usage: NodeJS.MemoryUsage) => void> = []
  let partial = ''
  server.child.stdout?.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split('\n')
    partial = lines.pop() ?? ''
    for (const line of lines) {
      const usage = parseMemoryReply(line)
      if (usage) waiting.shift()?.(usage)
      else countWarning(line, warnings)
    }
  })
  return () => new Promise((resolve) => waiting.push(resolve))
}

function countWarning(line: string, warnings: Map<string, number>): void {
  if (!line.startsWith('{')) return
  try {
    const entry = JSON.parse(line) as { level?: number; msg?: string; err?: { message?: string } }
    if ((entry.level ?? 0) < 40) return
    const words = entry.err?.message ? `${entry.msg}: ${entry.err.message}` : String(entry.msg)
    warnings.set(words, (warnings.get(words) ?? 0) + 1)
  } catch {
    // Not a log line.
  }
}
