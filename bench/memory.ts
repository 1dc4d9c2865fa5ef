import {
  connectClient,
  createBoard,
  destroyClients,
  type BenchBoard,
  type BenchClient,
} from './benchClient.ts'
import { ServerProcess } from './ServerProcess.ts'
import { median } from './stats.ts'
import { makeTempDir } from './tempDirs.ts'
import { sleep } from './timing.ts'

/** The server's memory at one moment, in bytes. */
export interface MemoryReading {
  /** RSS as found, before forcing a collection. */
  rssFound: number
  /** RSS right after a full garbage collection. */
  rssAfterGc: number
  /** Live JavaScript heap after that collection. */
  heapUsed: number
}

export interface MemoryResult {
  rooms: number
  /** All boards created, none open. */
  baseline: MemoryReading
  /** Every room open with one client. */
  withRooms: MemoryReading
  /** Growth of the after-GC RSS per open room. */
  perRoomRss: number
  /** Growth of the live heap per open room: what a room keeps alive. */
  perRoomHeap: number
}

/** Rooms opened at a time, so the server is not measured mid-stampede. */
const roomsPerStep = 200

/**
 * Server memory per open room, each with one client connected. RSS moves in
 * steps of megabytes as V8 grows and trims its heap, while a room costs
 * kilobytes, so: many rooms, readings taken after a full GC, and the live
 * heap beside RSS (RSS after a GC can still hold pages V8 has not returned,
 * so the RSS growth can come out below the heap growth).
 */
export async function measureMemory(rooms: number): Promise<MemoryResult> {
  const server = await ServerProcess.start(makeTempDir())
  const clients: BenchClient[] = []
  try {
    const boards: BenchBoard[] = []
    for (let r = 0; r < rooms; r++) boards.push(await createBoard(server, `Memory room ${r + 1}`))
    await sleep(500)
    const baseline = await readMemory(server)
    for (let first = 0; first < rooms; first += roomsPerStep) {
      const opening = boards
        .slice(first, first + roomsPerStep)
        .map((board, r) => connectClient(server, board, `Memory client ${first + r + 1}`))
      await Promise.all(opening.map((client) => client.synced))
      clients.push(...opening)
    }
    await sleep(1000)
    const withRooms = await readMemory(server)
    return {
      rooms,
      baseline,
      withRooms,
      perRoomRss: (withRooms.rssAfterGc - baseline.rssAfterGc) / rooms,
      perRoomHeap: (withRooms.heapUsed - baseline.heapUsed) / rooms,
    }
  } finally {
    destroyClients(clients)
    await server.stop()
  }
}

async function readMemory(server: ServerProcess): Promise<MemoryReading> {
  const rssFound = await medianRss(server)
  const { heapUsed } = await server.collectGarbage()
  return { rssFound, rssAfterGc: await medianRss(server), heapUsed }
}

/** The median of a few readings, so one allocation spike does not decide it. */
async function medianRss(server: ServerProcess): Promise<number> {
  const readings: number[] = []
  for (let i = 0; i < 3; i++) {
    readings.push(server.rssBytes())
    await sleep(100)
  }
  return median(readings)
}
