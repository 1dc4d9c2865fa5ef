import os from 'node:os'
import type { LatencyOptions } from './latency.ts'

/**
 * The latency scenarios' shapes, in one place, so SQLite, PostgreSQL and
 * the three nodes are measured under exactly the same load.
 */
type Shape = Omit<LatencyOptions, 'server' | 'databaseUrl'>

/** A room spaced one write every 50 ms, over all its writers. */
const steady = { writes: 100, spacingMs: 50 } as const

export const fourRoomsOf25: Shape = {
  rooms: 4,
  clientsPerRoom: 25,
  writersPerRoom: 25,
  readers: 'provider',
  warmupWrites: 40,
  ...steady,
}

export const oneRoomOf200: Shape = {
  rooms: 1,
  clientsPerRoom: 200,
  writersPerRoom: 200,
  readers: 'provider',
  warmupWrites: 20,
  ...steady,
}

/** One writer, 199 bare sockets: what the server delivers, without 199 Yjs clients decoding it. */
export const deliveryTo199Sockets: Shape = {
  rooms: 1,
  clientsPerRoom: 200,
  writersPerRoom: 1,
  readers: 'socket',
  warmupWrites: 20,
  ...steady,
}

/**
 * The big room: 20 people writing 10 times a second each (one write every
 * 5 ms), 480 reading. The readers are bare sockets: 480 full Yjs clients
 * decoding 200 updates a second each would need more CPU than the clients'
 * share of this machine, and the bench would time them, not the server.
 */
export const bigRoom: Shape = {
  rooms: 1,
  clientsPerRoom: 500,
  writersPerRoom: 20,
  readers: 'socket',
  writes: 600,
  warmupWrites: 100,
  spacingMs: 5,
}

/**
 * Runs one scenario, printing its title first and a one-line outcome after,
 * with the 1-minute load average as it ended: on a shared machine the load
 * can change within one run, and a figure is only read rightly beside it.
 */
export async function step<T>(
  title: string,
  run: () => Promise<T>,
  describe: (result: T) => string,
): Promise<T> {
  process.stdout.write(`${title}… `)
  const start = performance.now()
  const result = await run()
  const seconds = ((performance.now() - start) / 1000).toFixed(1)
  console.log(`${describe(result)} (${seconds} s, load ${os.loadavg()[0]?.toFixed(1)})`)
  return result
}
