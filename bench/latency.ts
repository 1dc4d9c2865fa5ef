import { WebSocket } from 'ws'
import {
  connectClient,
  contentDocName,
  createBoard,
  destroyClients,
  type BenchBoard,
  type BenchClient,
} from './benchClient.ts'
import { noteRecord } from './records.ts'
import { ServerProcess } from './ServerProcess.ts'
import { summarize, type Summary } from './stats.ts'
import { makeTempDir } from './tempDirs.ts'
import { runAtRate, sleep, withTimeout } from './timing.ts'

/**
 * Who observes the writes:
 * - `providers`: every other client is a full participant (Y.Doc +
 *   WebsocketProvider + record map); it observes a write when its record map
 *   shows it. End to end, but all those clients share this process's one
 *   thread, so the last ones in a big room wait for the others' Yjs work.
 * - `sockets`: every other client is a bare WebSocket that only notes when
 *   the frame arrives. Shows what the server itself delivers.
 */
export type ObserverKind = 'providers' | 'sockets'

export interface LatencyOptions {
  rooms: number
  clientsPerRoom: number
  observers: ObserverKind
  /** Measured writes, spread over the rooms in turn. */
  writes: number
  /** Writes before measuring, so JIT warm-up is not counted. */
  warmupWrites: number
  spacingMs: number
}

export interface LatencyResult extends LatencyOptions {
  /** Milliseconds from a writer's `set` to each other client in the room seeing it. */
  latency: Summary
  /** Observations that never arrived (should be 0). */
  missing: number
}

/** Text of the probe note of write `w`; sockets find the write by it in the raw update bytes. */
const probeText = (w: number) => `Latency probe ${w};`
const probePrefix = Buffer.from('Latency probe ')

/** Called by an observer when it sees write `write`. */
type Observe = (write: number, now: number) => void

/**
 * Propagation latency: one client sets a sticky note, and every other
 * client in its room notes when it sees it. Clients share this process, so
 * `performance.now()` is one clock for all. With provider observers, the
 * writer rotates through the room.
 */
export async function measureLatency(options: LatencyOptions): Promise<LatencyResult> {
  const { rooms, clientsPerRoom, writes, warmupWrites, spacingMs } = options
  const server = await ServerProcess.start(makeTempDir())
  const clients: BenchClient[] = []
  const sockets: WebSocket[] = []
  try {
    const totalWrites = warmupWrites + writes
    const sentAt: number[] = []
    const samples: number[] = []
    const expected = totalWrites * (clientsPerRoom - 1)
    let observed = 0
    let allObserved: () => void = () => {}
    const done = new Promise<void>((resolve) => (allObserved = resolve))
    const observe: Observe = (write, now) => {
      const sent = sentAt[write]
      if (sent === undefined) return
      if (write >= warmupWrites) samples.push(now - sent)
      if (++observed === expected) allObserved()
    }

    const writers: BenchClient[][] = []
    for (let r = 0; r < rooms; r++) {
      const board = await createBoard(server, `Latency room ${r + 1}`)
      if (options.observers === 'providers') {
        const room = Array.from({ length: clientsPerRoom }, (_, i) =>
          connectClient(server, board, `Room ${r + 1} client ${i + 1}`),
        )
        for (const client of room) observeWithProvider(client, observe)
        writers.push(room)
        clients.push(...room)
      } else {
        const writer = connectClient(server, board, `Room ${r + 1} writer`)
        writers.push([writer])
        clients.push(writer)
        for (let i = 1; i < clientsPerRoom; i++) sockets.push(observeWithSocket(server, board, observe))
      }
    }
    await Promise.all([...clients.map((client) => client.synced), ...sockets.map((socket) => opened(socket))])
    // Let the join-time presence broadcast die down before measuring.
    await sleep(1000)

    await runAtRate(spacingMs, totalWrites, (w) => {
      const room = writers[w % rooms] ?? []
      const writer = room[Math.floor(w / rooms) % room.length]
      if (!writer) return
      const record = noteRecord(w, probeText(w), { write: w })
      sentAt[w] = performance.now()
      writer.records.set(record.id, record)
    })
    await withTimeout(done, 10_000, 'every client to see every write').catch(() => {})
    return { ...options, latency: summarize(samples), missing: expected - observed }
  } finally {
    for (const socket of sockets) socket.terminate()
    destroyClients(clients)
    await server.stop()
  }
}

function observeWithProvider(client: BenchClient, observe: Observe): void {
  client.records.on(
    'change',
    (changes: Map<string, { newValue?: { meta: { write?: number } } }>, transaction: { local: boolean }) => {
      const now = performance.now()
      if (transaction.local) return
      for (const change of changes.values()) {
        const write = change.newValue?.meta.write
        if (write !== undefined) observe(write, now)
      }
    },
  )
}

/**
 * A bare y-websocket connection: it never answers the sync handshake (the
 * server sends it every update regardless) and finds the probe text in each
 * update frame's bytes instead of decoding it with Yjs.
 */
function observeWithSocket(server: ServerProcess, board: BenchBoard, observe: Observe): WebSocket {
  const socket = new WebSocket(`${server.syncUrl}/${contentDocName(board)}?key=${board.participantKey}`)
  // A socket error must not crash the bench; a missing observation is counted instead.
  socket.on('error', () => {})
  socket.on('message', (data: Buffer) => {
    const now = performance.now()
    // y-websocket framing: message type 0 (sync), sync type 2 (update).
    if (data[0] !== 0 || data[1] !== 2) return
    const at = data.indexOf(probePrefix)
    if (at < 0) return
    const write = Number.parseInt(
      data.toString('latin1', at + probePrefix.length, at + probePrefix.length + 12),
      10,
    )
    if (Number.isInteger(write)) observe(write, now)
  })
  return socket
}

function opened(socket: WebSocket): Promise<void> {
  return withTimeout(
    new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve())
      socket.once('error', reject)
    }),
    60_000,
    'a socket to open',
  )
}
