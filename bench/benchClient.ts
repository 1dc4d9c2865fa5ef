import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import type { ServerProcess } from './ServerProcess.ts'
import { withTimeout } from './timing.ts'
import { formatDocName, recordsArrayName, YKeyValue, type TLRecord } from './workspaceModules.ts'

/** A board made through the HTTP API, with the key clients join it with. */
export interface BenchBoard {
  id: string
  participantKey: string
}

/** The wire name of a board's content doc (`<boardId>/content`). */
export function contentDocName(board: BenchBoard): string {
  return formatDocName({ boardId: board.id, kind: 'content' })
}

/** Where clients connect: a server's sync URL (all a client in a worker thread knows of it). */
export interface SyncTarget {
  syncUrl: string
}

let stockRooms = 0

/**
 * Creates a board with `POST /api/boards`, as the home page does. The stock
 * y-websocket server has no boards and no keys: any doc name is a room.
 */
export async function createBoard(server: ServerProcess, title: string): Promise<BenchBoard> {
  if (server.kind === 'stock') return { id: `stock-room-${++stockRooms}`, participantKey: 'none' }
  const response = await fetch(`${server.httpUrl}/api/boards`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ title }),
  })
  if (response.status !== 201)
    throw new Error(`POST /api/boards: ${response.status} ${await response.text()}`)
  const body = (await response.json()) as { id: string; keys: { participant: string } }
  return { id: body.id, participantKey: body.keys.participant }
}

/** A person who joined a board: their id (for `meta.authorId`) and token. */
export interface BenchPerson {
  participantId: string
  token: string
}

/**
 * Joins a board as a named participant (`POST /api/boards/:id/participants`),
 * as the join screen does. A client that changes its own shapes after making
 * them must join first: a shape made without a token belongs to the board,
 * and only the facilitator may change it.
 */
export async function joinBoard(
  server: ServerProcess,
  board: BenchBoard,
  name: string,
): Promise<BenchPerson> {
  const response = await fetch(`${server.httpUrl}/api/boards/${board.id}/participants`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${board.participantKey}` },
    body: JSON.stringify({ name, avatar: '1F431' }),
  })
  if (response.status !== 201)
    throw new Error(`POST /api/boards/${board.id}/participants: ${response.status} ${await response.text()}`)
  return (await response.json()) as BenchPerson
}

/** Bytes and WebSocket messages a client has received, as the wire carried them. */
export class ReceivedBytes {
  messages = 0
  /** Frame bytes: payload plus the server-to-client frame header (no mask). */
  bytes = 0

  add(payloadBytes: number): void {
    this.messages++
    this.bytes += payloadBytes + frameHeaderBytes(payloadBytes)
  }

  reset(): void {
    this.messages = 0
    this.bytes = 0
  }
}

function frameHeaderBytes(payloadBytes: number): number {
  if (payloadBytes < 126) return 2
  if (payloadBytes < 65_536) return 4
  return 10
}

/** One participant: a Yjs doc synced by a stock WebsocketProvider, with the board's record map. */
export interface BenchClient {
  doc: Y.Doc
  provider: WebsocketProvider
  records: YKeyValue<TLRecord>
  received: ReceivedBytes
  /** Resolves when the provider first reports `synced`. */
  synced: Promise<void>
  destroy(): void
}

/** Connects a participant (with their token when they joined) to the content doc of `board`. */
export function connectClient(
  server: SyncTarget,
  board: BenchBoard,
  name: string,
  person?: BenchPerson,
): BenchClient {
  const doc = new Y.Doc()
  const records = new YKeyValue<TLRecord>(doc.getArray(recordsArrayName))
  const received = new ReceivedBytes()
  const provider = new WebsocketProvider(server.syncUrl, contentDocName(board), doc, {
    params: person ? { key: board.participantKey, token: person.token } : { key: board.participantKey },
    WebSocketPolyfill: countingWebSocket(received),
    // Clients share a process (and worker threads share BroadcastChannel):
    // without this they would sync with each other and bypass the server.
    disableBc: true,
    connect: false,
  })
  // Presence as a real participant publishes it on joining.
  provider.awareness.setLocalStateField('user', { name, color: '#f2c94c' })
  const synced = withTimeout(
    new Promise<void>((resolve, reject) => {
      provider.on('sync', (isSynced: boolean) => {
        if (isSynced) resolve()
      })
      provider.on('closed', (event: { code: number; reason: string }) => {
        reject(new Error(`${name} was refused: ${event.code} ${event.reason}`))
      })
    }),
    60_000,
    `${name} to sync`,
  )
  // A caller that never awaits `synced` (it timed out elsewhere) must not crash the bench.
  synced.catch(() => {})
  provider.connect()
  return {
    doc,
    provider,
    records,
    received,
    synced,
    destroy() {
      provider.destroy()
      doc.destroy()
    },
  }
}

export function destroyClients(clients: readonly BenchClient[]): void {
  for (const client of clients) client.destroy()
}

/** A `ws` WebSocket class that counts every message it receives into `counter`. */
function countingWebSocket(counter: ReceivedBytes): typeof globalThis.WebSocket {
  class CountingWebSocket extends WebSocket {
    constructor(...args: ConstructorParameters<typeof WebSocket>) {
      super(...args)
      this.on('message', (data: Buffer | ArrayBuffer | Buffer[]) => counter.add(byteLength(data)))
    }
  }
  return CountingWebSocket as unknown as typeof globalThis.WebSocket
}

function byteLength(data: Buffer | ArrayBuffer | Buffer[]): number {
  if (Array.isArray(data)) return data.reduce((sum, part) => sum + part.byteLength, 0)
  return data.byteLength
}
