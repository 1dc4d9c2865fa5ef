import { measureClientBundle } from './clientBundle.ts'
import { measureColdLoad } from './coldLoad.ts'
import { measureJoins } from './joins.ts'
import { measureLatency, type LatencyResult } from './latency.ts'
import { cpu, cpuSeconds, describeLatency, latencyRow } from './latencyReport.ts'
import { measureMemory } from './memory.ts'
import { measurePhoneLoad } from './phoneLoad.ts'
import { kib, mib, ms, type ReportRow } from './report.ts'
import { bigRoom, deliveryTo199Sockets, fourRoomsOf25, oneRoomOf200, step } from './scenarios.ts'
import { measureScribble, type ScribbleRun } from './scribble.ts'
import { median } from './stats.ts'

/**
 * The bench as it ran before PostgreSQL: one server with SQLite in DATA_DIR
 * (the default store), the stock y-websocket server for comparison, and the
 * client's size and load on a slow phone.
 */
export async function runSqlitePart(): Promise<ReportRow[]> {
  const latencySmall = await step(
    'Latency, 4 rooms × 25 clients',
    () => measureLatency(fourRoomsOf25),
    describeLatency,
  )
  const latencyBig = await step(
    'Latency, 1 room × 200 clients',
    () => measureLatency(oneRoomOf200),
    describeLatency,
  )
  const deliveryBig = await step(
    'Server delivery, 1 room × 200 (bare sockets)',
    () => measureLatency(deliveryTo199Sockets),
    describeLatency,
  )
  const bigWeSee = await step(
    'Latency, 1 room × 500 (20 writers at 10/s), WeSee',
    () => measureLatency(bigRoom),
    describeLatency,
  )
  const bigStock = await step(
    'Latency, 1 room × 500 (20 writers at 10/s), stock y-websocket server',
    () => measureLatency({ ...bigRoom, server: 'stock' }),
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
  return [
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
  ]
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
      target: `≤ ${cpuSeconds(cpuHalf)} (half of stock)`,
      met: wesee.cpuSecondsPer1000 <= cpuHalf,
    },
    { measure: '  same, stock y-websocket server', result: cpu(stock) },
  ]
}

function scribbleResult(run: ScribbleRun): string {
  return `${kib(run.bytesPerSecond)}/s in ${run.messagesPerSecond.toFixed(0)} msg/s`
}
