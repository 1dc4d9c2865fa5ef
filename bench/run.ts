/**
 * `pnpm bench`: measures the real server on this machine and prints a
 * table. Each scenario starts its own server process on loopback with a
 * temporary DATA_DIR; clients are stock y-websocket providers (or bare
 * sockets) spread over worker threads. Bounded in count and time: it stops
 * by itself.
 */
import { measureClientBundle } from './clientBundle.ts'
import { clientThreads } from './clientPool.ts'
import { measureColdLoad } from './coldLoad.ts'
import { measureJoins } from './joins.ts'
import { measureLatency, type LatencyOptions, type LatencyResult } from './latency.ts'
import { busyMachineWarning, describeMachine } from './machine.ts'
import { measureMemory } from './memory.ts'
import { kib, mib, ms, printTable, type ReportRow } from './report.ts'
import { measurePhoneLoad, phoneProfile } from './phoneLoad.ts'
import { measureScribble, type ScribbleRun } from './scribble.ts'
import { killRunningServers, type ServerKind } from './ServerProcess.ts'
import { median } from './stats.ts'
import { removeTempDirs } from './tempDirs.ts'

const benchTimeoutMs = 15 * 60_000

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
  removeTempDirs()
}

/** Runs one scenario, printing its title first and a one-line outcome after. */
async function step<T>(title: string, run: () => Promise<T>, describe: (result: T) => string): Promise<T> {
  process.stdout.write(`${title}… `)
  const start = performance.now()
  const result = await run()
  console.log(`${describe(result)} (${((performance.now() - start) / 1000).toFixed(1)} s)`)
  return result
}

function latency(options: Omit<LatencyOptions, 'writes' | 'spacingMs'>): Promise<LatencyResult> {
  return measureLatency({ ...options, writes: 100, spacingMs: 50 })
}

/**
 * The big room: 20 people writing 10 times a second each (one write every
 * 5 ms), 480 reading. The readers are bare sockets: 480 full Yjs clients
 * decoding 200 updates a second each would need more CPU than the clients'
 * share of this machine, and the bench would time them, not the server.
 */
function bigRoom(server: ServerKind): Promise<LatencyResult> {
  return measureLatency({
    server,
    rooms: 1,
    clientsPerRoom: 500,
    writersPerRoom: 20,
    readers: 'socket',
    writes: 600,
    warmupWrites: 100,
    spacingMs: 5,
  })
}

function describeLatency(r: LatencyResult): string {
  const { p50, p95, p99, max, count } = r.latency
  return (
    `p50 ${ms(p50)}, p95 ${ms(p95)}, p99 ${ms(p99)}, max ${ms(max)}; ${count} observations, ${r.missing} missing; ` +
    `server CPU ${cpu(r)} per 1,000 delivered`
  )
}

function cpu(r: LatencyResult): string {
  return `${r.cpuSecondsPer1000.toFixed(3)} s`
}

function latencyRow(measure: string, result: LatencyResult, p99TargetMs?: number): ReportRow {
  const { p50, p95, p99 } = result.latency
  const row: ReportRow = { measure, result: `${p50.toFixed(1)} / ${p95.toFixed(1)} / ${p99.toFixed(1)} ms` }
  if (result.missing > 0) row.result += ` (${result.missing} missing)`
  if (p99TargetMs !== undefined) {
    row.target = `p99 < ${p99TargetMs} ms`
    row.met = p99 < p99TargetMs && result.missing === 0
  }
  return row
}

/** The big room against the stock server: WeSee's p99 and CPU are to be at most half of its. */
function comparisonRows(wesee: LatencyResult, stock: LatencyResult): ReportRow[] {
  const p99Half = stock.latency.p99 / 2
  const cpuHalf = stock.cpuSecondsPer1000 / 2
  return [
    {
      ...latencyRow('Latency p50/p95/p99, 1 room × 500 (20 writers at 10/s, 480 bare-socket readers)', wesee),
      target: `p99 ≤ ${p99Half.toFixed(1)} ms (half of stock)`,
      met: wesee.latency.p99 <= p99Half && wesee.missing === 0,
    },
    latencyRow('  same, stock y-websocket server (in memory, no auth)', stock),
    {
      measure: 'Server CPU per 1,000 delivered updates, 1 room × 500',
      result: cpu(wesee),
      target: `≤ ${cpuHalf.toFixed(3)} s (half of stock)`,
      met: wesee.cpuSecondsPer1000 <= cpuHalf,
    },
    { measure: '  same, stock y-websocket server', result: cpu(stock) },
  ]
}

function scribbleResult(run: ScribbleRun): string {
  return `${kib(run.bytesPerSecond)}/s in ${run.messagesPerSecond.toFixed(0)} msg/s`
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
]

async function main(): Promise<void> {
  console.log(`WeSee bench on ${describeMachine()}`)
  const warning = busyMachineWarning()
  console.log(warning ? `${warning}\n` : '')

  const latencySmall = await step(
    'Latency, 4 rooms × 25 clients',
    () =>
      latency({ rooms: 4, clientsPerRoom: 25, writersPerRoom: 25, readers: 'provider', warmupWrites: 40 }),
    describeLatency,
  )
  const latencyBig = await step(
    'Latency, 1 room × 200 clients',
    () =>
      latency({ rooms: 1, clientsPerRoom: 200, writersPerRoom: 200, readers: 'provider', warmupWrites: 20 }),
    describeLatency,
  )
  const deliveryBig = await step(
    'Server delivery, 1 room × 200 (bare sockets)',
    () => latency({ rooms: 1, clientsPerRoom: 200, writersPerRoom: 1, readers: 'socket', warmupWrites: 20 }),
    describeLatency,
  )
  const bigWeSee = await step(
    'Latency, 1 room × 500 (20 writers at 10/s), WeSee',
    () => bigRoom('wesee'),
    describeLatency,
  )
  const bigStock = await step(
    'Latency, 1 room × 500 (20 writers at 10/s), stock y-websocket server',
    () => bigRoom('stock'),
    describeLatency,
  )
  const joins = await step(
    '200 clients joining one room',
    () => measureJoins(200, 3),
    (r) => `runs: ${r.runsMs.map(ms).join(', ')}`,
  )
  const bigJoins = await step(
    '500 clients joining one room',
    () => measureJoins(500, 3),
    (r) => `runs: ${r.runsMs.map(ms).join(', ')}`,
  )
  const coldLoad = await step(
    '5,000-note board, first sync after a restart',
    () => measureColdLoad(5000, 3),
    (r) => `doc ${mib(r.docBytes)}; runs: ${r.runsMs.map(ms).join(', ')}`,
  )
  const memory = await step(
    'Server memory per open room',
    () => measureMemory(800),
    (r) =>
      `none → ${r.rooms} rooms open: RSS ${mib(r.baseline.rssFound)} → ${mib(r.withRooms.rssFound)}, ` +
      `after GC ${mib(r.baseline.rssAfterGc)} → ${mib(r.withRooms.rssAfterGc)}, ` +
      `live heap ${mib(r.baseline.heapUsed)} → ${mib(r.withRooms.heapUsed)}`,
  )
  const scribble = await step(
    'One person scribbling for 10 s, twice',
    () => measureScribble(10, 100),
    (r) => `writes sent: ${r.unthrottled.writesSent} unthrottled, ${r.throttled.writesSent} throttled`,
  )

  const bundle = await step(
    'Client JavaScript size',
    () => Promise.resolve(measureClientBundle()),
    (r) => `${r.files} files; ${kib(r.allJsGzip)} gzipped, ${kib(r.firstLoadJsGzip)} on first load`,
  )
  const phone = await step(
    'Opening a participant link on a slow phone, 3 times',
    () => measurePhoneLoad(3),
    (runs) => runs.map((r) => `${ms(r.linkToJoinScreenMs)} + ${ms(r.joinToBoardMs)}`).join(', '),
  )

  const joinMs = median(joins.runsMs)
  const coldMs = median(coldLoad.runsMs)
  console.log('')
  printTable([
    latencyRow('Latency p50/p95/p99, 4 rooms × 25 clients', latencySmall),
    latencyRow('Latency p50/p95/p99, 1 room × 200 clients', latencyBig, 20),
    latencyRow('  same, server delivery to 199 bare sockets', deliveryBig, 20),
    ...comparisonRows(bigWeSee, bigStock),
    {
      measure: '200 clients join one room (median of 3)',
      result: ms(joinMs),
      target: '< 2000 ms',
      met: joinMs < 2000,
    },
    { measure: '500 clients join one room (median of 3)', result: ms(median(bigJoins.runsMs)) },
    {
      measure: `Cold load, 5,000 notes (${mib(coldLoad.docBytes)} doc), median of 3`,
      result: ms(coldMs),
      target: '< 500 ms',
      met: coldMs < 500,
    },
    {
      measure: `Server memory per open room, 1 client each (${memory.rooms} rooms)`,
      result: `RSS ${kib(memory.perRoomRss)}, heap ${kib(memory.perRoomHeap)}`,
    },
    {
      measure: 'Scribbling, written every pointer move (60/s)',
      result: scribbleResult(scribble.unthrottled),
    },
    { measure: 'Scribbling, throttled to every 100 ms (10/s)', result: scribbleResult(scribble.throttled) },
    {
      measure: 'Client JavaScript, gzipped: all / first load',
      result: `${kib(bundle.allJsGzip)} / ${kib(bundle.firstLoadJsGzip)}`,
    },
    {
      measure: 'Slow phone: participant link → join screen (median of 3)',
      result: ms(median(phone.map((r) => r.linkToJoinScreenMs))),
    },
    {
      measure: 'Slow phone: Join → board with its notes (median of 3)',
      result: ms(median(phone.map((r) => r.joinToBoardMs))),
    },
  ])
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
