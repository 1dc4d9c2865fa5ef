import { createBoard } from './benchClient.ts'
import { ClientPool } from './clientPool.ts'
import { ServerProcess, type ServerKind } from './ServerProcess.ts'
import { summarize, type Summary } from './stats.ts'
import { makeTempDir } from './tempDirs.ts'
import { runAtRate, sleep } from './timing.ts'
import type { ClientKind, Collected } from './workerMessages.ts'

export interface LatencyOptions {
  /** WeSee's server (the default) or the stock y-websocket server. */
  server?: ServerKind
  /** WeSee's boards in this PostgreSQL database instead of SQLite. */
  databaseUrl?: string
  rooms: number
  clientsPerRoom: number
  /** Clients of each room that write, in turn (full providers); the rest only read. */
  writersPerRoom: number
  /** What the clients that only read are (see ClientKind). */
  readers: ClientKind
  /** Measured writes, spread over the rooms in turn and over each room's writers in turn. */
  writes: number
  /** Writes before measuring, so JIT warm-up is not counted. */
  warmupWrites: number
  /** Between one write and the next, over all rooms and writers. */
  spacingMs: number
}

export interface LatencyResult extends LatencyOptions {
  /** Milliseconds from a writer's `set` to each other client in the room seeing it. */
  latency: Summary
  /** Observations that never arrived (should be 0). */
  missing: number
  /** CPU seconds (user + system) of the writers' server per 1,000 updates delivered to a client, while writing. */
  cpuSecondsPer1000: number
  /** The same for each other server the readers reached (none with one server). */
  readerServersCpuSecondsPer1000: number[]
}

/**
 * The servers one run talks to: one server for everything, or several
 * nodes of a cluster (cluster.ts).
 */
export interface LatencyServers {
  /** Boards are made here and writers connect here; its CPU is the one reported. */
  writersTo: ServerProcess
  /** Readers are spread evenly over these (`[writersTo]` with one server). */
  readersTo: ServerProcess[]
  stop(): Promise<void>
}

async function oneServer(options: LatencyOptions): Promise<LatencyServers> {
  const server = await ServerProcess.start(makeTempDir(), {
    kind: options.server ?? 'wesee',
    databaseUrl: options.databaseUrl,
  })
  return { writersTo: server, readersTo: [server], stop: () => server.stop() }
}

/**
 * Propagation latency: a client sets a sticky note, and every other client
 * in its room notes when it sees it. The clients live in worker threads
 * (ClientPool), so in a big room they do not wait for each other, and
 * their times are on one clock. The server's CPU time is read from the
 * server process itself, from the first write until every write was seen.
 * `start` gives the servers (one WeSee or stock server by default).
 */
export async function measureLatency(
  options: LatencyOptions,
  start: (options: LatencyOptions) => Promise<LatencyServers> = oneServer,
): Promise<LatencyResult> {
  const { rooms, clientsPerRoom, writersPerRoom, writes, warmupWrites, spacingMs } = options
  const servers = await start(options)
  const server = servers.writersTo
  const others = servers.readersTo.filter((other) => other !== server)
  const pool = new ClientPool()
  try {
    const writers: number[][] = []
    for (let r = 0; r < rooms; r++) {
      const board = await createBoard(server, `Latency room ${r + 1}`)
      // Writers first: on a cluster their node takes the board, so the readers' nodes hand them on to it.
      writers.push(
        await pool.connect(server.syncUrl, board, writersPerRoom, 'provider', `Room ${r + 1} writer`),
      )
      const readers = shares(clientsPerRoom - writersPerRoom, servers.readersTo.length)
      for (const [n, readerServer] of servers.readersTo.entries()) {
        const count = readers[n] ?? 0
        if (count > 0)
          await pool.connect(readerServer.syncUrl, board, count, options.readers, `Room ${r + 1} reader`)
      }
    }
    // Let the join-time presence broadcast die down before measuring.
    await sleep(Math.max(1000, rooms * clientsPerRoom * 5))
    await pool.collect()

    const totalWrites = warmupWrites + writes
    const expected = totalWrites * (clientsPerRoom - 1)
    const cpuBefore = await server.cpuSeconds()
    const othersBefore = await Promise.all(others.map((other) => other.cpuSeconds()))
    await runAtRate(spacingMs, totalWrites, (w) => {
      const room = writers[w % rooms] ?? []
      const writer = room[Math.floor(w / rooms) % room.length]
      if (writer !== undefined) pool.write(writer, w)
    })
    await waitForSightings(pool, expected, 30_000)
    const cpuAfter = await server.cpuSeconds()
    const othersAfter = await Promise.all(others.map((other) => other.cpuSeconds()))
    const collected = await pool.collect()
    const observed = collected.reduce((sum, { seen }) => sum + seen.length / 2, 0)
    const samples = latencySamples(collected, warmupWrites)
    const per1000 = (seconds: number) => (observed > 0 ? (seconds / observed) * 1000 : Number.NaN)
    return {
      ...options,
      latency: summarize(samples),
      missing: expected - observed,
      cpuSecondsPer1000: per1000(cpuAfter - cpuBefore),
      readerServersCpuSecondsPer1000: othersAfter.map((after, n) => per1000(after - (othersBefore[n] ?? 0))),
    }
  } finally {
    await pool.destroy()
    await servers.stop()
  }
}

/** `total` split into `parts` counts that differ by at most one. */
function shares(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, n) => Math.floor(total / parts) + (n < total % parts ? 1 : 0))
}

/** Polls the threads until `expected` sightings or `timeoutMs`. */
async function waitForSightings(pool: ClientPool, expected: number, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs
  while ((await pool.seen()) < expected && performance.now() < deadline) await sleep(100)
}

/** Milliseconds from each measured write's send to each sighting of it, over all threads. */
function latencySamples(collected: readonly Collected[], warmupWrites: number): number[] {
  const sentAt = new Map<number, number>()
  for (const { sent } of collected) {
    for (let i = 0; i + 1 < sent.length; i += 2) sentAt.set(sent[i] ?? -1, sent[i + 1] ?? 0)
  }
  const samples: number[] = []
  for (const { seen } of collected) {
    for (let i = 0; i + 1 < seen.length; i += 2) {
      const write = seen[i] ?? -1
      const at = sentAt.get(write)
      if (write >= warmupWrites && at !== undefined) samples.push((seen[i + 1] ?? 0) - at)
    }
  }
  return samples
}
