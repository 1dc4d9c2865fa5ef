import { connectClient, createBoard, joinBoard, type BenchClient } from './benchClient.ts'
import { drawRecord, type Point } from './records.ts'
import { ServerProcess } from './ServerProcess.ts'
import { makeTempDir } from './tempDirs.ts'
import { runAtRate, sleep } from './timing.ts'
import { validateRecord } from './workspaceModules.ts'

const pointerHz = 60
const strokeSeconds = 2

export interface ScribbleRun {
  writesSent: number
  /** What one other client received, per second. */
  bytesPerSecond: number
  messagesPerSecond: number
}

export interface ScribbleResult {
  seconds: number
  unthrottled: ScribbleRun
  throttled: ScribbleRun
}

/**
 * One person scribbling: a pen stroke grows by a point at pointer-move
 * rate (60 Hz), a new stroke every two seconds. Written to the doc either
 * on every move, or at most every `throttleMs` as the board client does.
 * Counted: the bytes another client in the room receives.
 */
export async function measureScribble(seconds: number, throttleMs: number): Promise<ScribbleResult> {
  const server = await ServerProcess.start(makeTempDir())
  const clients: BenchClient[] = []
  try {
    const board = await createBoard(server, 'Scribble')
    // The artist joins, as a person drawing does, so the server lets them keep changing their own stroke.
    const person = await joinBoard(server, board, 'Artist')
    const artist = connectClient(server, board, 'Artist', person)
    const watcher = connectClient(server, board, 'Watcher')
    clients.push(artist, watcher)
    await Promise.all(clients.map((client) => client.synced))
    await sleep(500)
    validateRecord(drawRecord(0, [{ x: 0, y: 0, z: 0.5 }], false))

    const unthrottled = await scribble(artist, person.participantId, watcher, seconds, 0, 0)
    const throttled = await scribble(artist, person.participantId, watcher, seconds, throttleMs, 1000)
    return { seconds, unthrottled, throttled }
  } finally {
    for (const client of clients) client.destroy()
    await server.stop()
  }
}

async function scribble(
  artist: BenchClient,
  artistId: string,
  watcher: BenchClient,
  seconds: number,
  throttleMs: number,
  firstStroke: number,
): Promise<ScribbleRun> {
  const movesPerStroke = pointerHz * strokeSeconds
  let points: Point[] = []
  let stroke = firstStroke
  let dirty = false
  let writesSent = 0
  // Stamped as the board client stamps a new shape (markAuthorship), so the server keeps it as it is.
  let createdAt = Date.now()
  const write = (isComplete: boolean) => {
    const record = drawRecord(stroke, points, isComplete, { authorId: artistId, createdAt })
    artist.records.set(record.id, record)
    writesSent++
    dirty = false
  }
  const flush = () => {
    if (dirty) write(false)
  }
  const flusher = throttleMs > 0 ? setInterval(flush, throttleMs) : undefined

  watcher.received.reset()
  await runAtRate(1000 / pointerHz, seconds * pointerHz, (move) => {
    const t = move / pointerHz
    points.push({ x: 400 * t + 40 * Math.sin(t * 9), y: 60 * Math.cos(t * 7), z: 0.5 })
    const strokeEnds = (move + 1) % movesPerStroke === 0
    if (throttleMs === 0 || strokeEnds) write(strokeEnds)
    else dirty = true
    if (strokeEnds) {
      stroke++
      points = []
      createdAt = Date.now()
    }
  })
  clearInterval(flusher)
  flush()
  // Let the last updates arrive before reading the counter.
  await sleep(300)
  return {
    writesSent,
    bytesPerSecond: watcher.received.bytes / seconds,
    messagesPerSecond: watcher.received.messages / seconds,
  }
}
