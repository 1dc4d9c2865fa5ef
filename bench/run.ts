/**
 * `pnpm bench`: measures the real server on this machine and prints a
 * table. Each scenario starts its own server process on loopback with a
 * temporary DATA_DIR; clients are stock y-websocket providers (or bare
 * sockets) spread over worker threads. Three parts (benchParts.ts): SQLite,
 * the same on PostgreSQL, and three nodes on one PostgreSQL; BENCH_ONLY
 * picks some. Bounded in count and time: it stops by itself.
 */
import { chosenParts } from './benchParts.ts'
import { startBenchPostgres } from './benchPostgres.ts'
import { clientThreads } from './clientPool.ts'
import { runClusterPart } from './clusterPart.ts'
import { busyMachineWarning, describeMachine } from './machine.ts'
import { kib, printTable, type ReportRow } from './report.ts'
import { phoneProfile } from './phoneLoad.ts'
import { runPostgresPart } from './postgresPart.ts'
import { killRunningServers } from './ServerProcess.ts'
import { runSqlitePart } from './sqlitePart.ts'
import { removeTempDirs } from './tempDirs.ts'
import type { PostgresCluster } from '../server/test/helpers/postgresServer.ts'

// The whole bench took 6 minutes on two busy cores (load 8 to 13): SQLite
// about 4, PostgreSQL under 2, three nodes under half a minute. The
// watchdog, raised from 15 to 20 minutes when the PostgreSQL parts came,
// leaves room for a machine that is busier still, and stops one that hangs.
const benchTimeoutMs = 20 * 60_000

const parts = chosenParts(process.env.BENCH_ONLY)
let postgres: PostgresCluster | null = null

// Each WebsocketProvider adds a process 'exit' listener; hundreds are expected here.
process.setMaxListeners(0)

const watchdog = setTimeout(() => {
  console.error(`\nThe bench did not finish within ${benchTimeoutMs / 60_000} minutes; stopping.`)
  cleanUp()
  process.exit(1)
}, benchTimeoutMs)
watchdog.unref()
// Never leave a server running, however the bench ends.
process.on('exit', killRunningServers)
process.on('SIGINT', () => {
  cleanUp()
  process.exit(130)
})

function cleanUp(): void {
  killRunningServers()
  // The cluster's stop runs pg_ctl synchronously before it returns, so it is done before an exit.
  void postgres?.stop()
  postgres = null
  removeTempDirs()
}

const notes = [
  'Latency: from a client setting a note to each other client in its room seeing it. The clients are',
  `spread over ${clientThreads} worker threads and timed on one clock; a bare socket only finds the note's`,
  'text in the frame, so it times what the server delivers without a Yjs client decoding it.',
  'Server CPU: user + system time of the server process itself, from the first write until every write',
  'was seen, divided by the updates clients saw. Scribbling: WebSocket frame bytes (payload + header)',
  'one other client receives; cursor presence is not included.',
  `Slow phone: Chromium at 390 × 844 with touch, CPU slowed ${phoneProfile.cpuSlowdown}×, DevTools' "Fast 3G"`,
  `(${phoneProfile.latencyMs} ms latency, ${kib(phoneProfile.downloadBytesPerSecond)}/s down), empty cache each time.`,
  "PostgreSQL: the bench's own PostgreSQL on loopback (a temp folder, fsync off), a fresh database per",
  "scenario. 3 nodes: writers on the board's owner, readers on the two other nodes, which hand their",
  'sockets on to the owner; the latency includes that hop.',
]

async function main(): Promise<void> {
  console.log(`WeSee bench on ${describeMachine()}`)
  const warning = busyMachineWarning()
  console.log(warning ? `${warning}\n` : '')

  const rows: ReportRow[] = []
  if (parts.has('sqlite')) rows.push(...(await runSqlitePart()))
  if (parts.has('postgres') || parts.has('cluster')) {
    postgres = await startBenchPostgres()
    if (parts.has('postgres')) rows.push(...(await runPostgresPart(postgres)))
    if (parts.has('cluster')) rows.push(...(await runClusterPart(postgres)))
    await postgres?.stop()
    postgres = null
  }
  console.log('')
  printTable(rows)
  console.log(`\n${notes.join('\n')}`)
}

try {
  await main()
  cleanUp()
  process.exit(0)
} catch (error) {
  console.error('\nThe bench failed:', error)
  cleanUp()
  process.exit(1)
}
