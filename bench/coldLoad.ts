import * as Y from 'yjs'
import { connectClient, createBoard, type BenchBoard, type BenchClient } from './benchClient.ts'
import { noteRecord } from './records.ts'
import { ServerProcess } from './ServerProcess.ts'
import { makeTempDir } from './tempDirs.ts'
import { withTimeout } from './timing.ts'
import { validateRecord } from './workspaceModules.ts'

export interface ColdLoadResult {
  notes: number
  /** Records in the doc (the notes plus the document and page records). */
  records: number
  /** Size of the whole doc as one Yjs update. */
  docBytes: number
  /** Milliseconds from a fresh server's first connection to that client holding every record, one per restart. */
  runsMs: number[]
}

/** The document and page records every new board starts with. */
const baseRecordCount = 2
const notesPerWrite = 500

/**
 * Opening a big saved board after a restart: fill a board with sticky
 * notes, stop the server (SIGTERM, so it compacts), then start a fresh
 * server process on the same DATA_DIR (and the same PostgreSQL database,
 * with `databaseUrl`) and time its first client's sync.
 */
export async function measureColdLoad(
  notes: number,
  restarts: number,
  databaseUrl?: string,
): Promise<ColdLoadResult> {
  const dataDir = makeTempDir()
  const expected = notes + baseRecordCount
  const { board, docBytes } = await buildBoard(dataDir, notes, databaseUrl)

  const runsMs: number[] = []
  for (let run = 0; run < restarts; run++) {
    const server = await ServerProcess.start(dataDir, { databaseUrl })
    let client: BenchClient | undefined
    try {
      const start = performance.now()
      client = connectClient(server, board, 'Returning facilitator')
      await client.synced
      await untilRecordCount(client, expected)
      runsMs.push(performance.now() - start)
    } finally {
      client?.destroy()
      await server.stop()
    }
  }
  return { notes, records: expected, docBytes, runsMs }
}

async function buildBoard(
  dataDir: string,
  notes: number,
  databaseUrl: string | undefined,
): Promise<{ board: BenchBoard; docBytes: number }> {
  const server = await ServerProcess.start(dataDir, { databaseUrl })
  const clients: BenchClient[] = []
  try {
    const board = await createBoard(server, `${notes} notes`)
    const writer = connectClient(server, board, 'Note writer')
    clients.push(writer)
    await writer.synced
    validateRecord(noteRecord(0, 'A sample note'))
    // A few large transactions, as pasting or importing many notes would send.
    for (let first = 0; first < notes; first += notesPerWrite) {
      writer.doc.transact(() => {
        for (let n = first; n < Math.min(notes, first + notesPerWrite); n++) {
          const record = noteRecord(n, `Note ${n + 1}: what we saw, what we heard, what we hope for next`)
          writer.records.set(record.id, record)
        }
      })
    }
    // Stop only once the server has every note: a second client sees them all.
    const checker = connectClient(server, board, 'Checker')
    clients.push(checker)
    await checker.synced
    await untilRecordCount(checker, notes + baseRecordCount)
    return { board, docBytes: Y.encodeStateAsUpdate(checker.doc).byteLength }
  } finally {
    for (const client of clients) client.destroy()
    await server.stop()
  }
}

function untilRecordCount(client: BenchClient, count: number): Promise<void> {
  const records = client.records
  if (records.map.size >= count) return Promise.resolve()
  return withTimeout(
    new Promise<void>((resolve) => {
      const onChange = () => {
        if (records.map.size < count) return
        records.off('change', onChange)
        resolve()
      }
      records.on('change', onChange)
    }),
    30_000,
    `${count} records`,
  )
}
