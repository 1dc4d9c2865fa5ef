import { WebSocket, type ClientOptions, type RawData } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import { YKeyValue } from 'y-utility/y-keyvalue'
import * as Y from 'yjs'
import {
  formatDocName,
  readControlSnapshot,
  readPrivateWriting,
  recordsArrayName,
  type CreatedBoard,
  type JoinedBoard,
  type PrivateWritingState,
} from '@wesee/shared'
import { onTestFinished } from 'vitest'
import { requestJson, type JsonResponse } from './api.ts'
import { connectClient, testNote, type SyncClient, type TestRecord } from './syncClient.ts'
import type { TestServer } from './testServer.ts'
import { waitFor } from './waitFor.ts'

/** Where private writing happens by default, and where the reveal lays notes out. */
export const iSeeFrame = 'shape:frame-exploration-i-see'
export const youSeeFrame = 'shape:frame-exploration-you-see'

/** A person on the board: their id and token, and the key they joined with. */
export interface Person extends JoinedBoard {
  key: string
  name: string | null
  avatar: string
}

/** Joins a board over HTTP with a name and picture (or without a name). */
export async function joinPerson(
  baseUrl: string,
  board: CreatedBoard,
  key: string,
  profile: { name?: string; avatar?: string; anonymous?: boolean },
): Promise<Person> {
  const avatar = profile.avatar ?? '1F431'
  const response = await requestJson(`${baseUrl}/api/boards/${board.id}/participants`, {
    body: { ...profile, avatar },
    key,
  })
  if (response.status !== 201) throw new Error(`Joining failed: ${JSON.stringify(response.body)}`)
  return {
    ...(response.body as JoinedBoard),
    key,
    name: profile.anonymous ? null : (profile.name ?? null),
    avatar,
  }
}

/** Sends a command as a person (their key and token), or with a bare key. */
export function command(
  baseUrl: string,
  board: CreatedBoard,
  as: Person | { key: string; token?: string },
  body: Record<string, unknown>,
): Promise<JsonResponse> {
  return requestJson(`${baseUrl}/api/boards/${board.id}/commands`, {
    body,
    key: as.key,
    headers: as.token ? { 'x-participant-token': as.token } : {},
  })
}

/** A valid tldraw note, as a browser would write it, in `parentId` (default: "What do I see?"). */
export function privateNote(
  id: string,
  words: string,
  at: { x?: number; y?: number; parentId?: string; growY?: number } = {},
): TestRecord {
  return testNote({
    id: `shape:${id}`,
    parentId: at.parentId ?? iSeeFrame,
    index: 'a5',
    x: at.x ?? 300,
    y: at.y ?? 400,
    text: words,
    props: { font: 'draw', growY: at.growY ?? 0 },
  })
}

/** A stock client on a person's own private doc, with their token. */
export async function connectPrivate(
  syncUrl: string,
  board: CreatedBoard,
  person: Person,
): Promise<SyncClient> {
  const client = connectClient(syncUrl, board.id, person.key, {
    docName: formatDocName({ boardId: board.id, kind: 'private', participantId: person.participantId }),
    token: person.token,
  })
  await client.waitSynced()
  return client
}

/** Writes notes into a private doc and waits until the server holds them. */
export async function writeNotes(client: SyncClient, notes: readonly TestRecord[]): Promise<void> {
  client.doc.transact(() => {
    for (const note of notes) client.kv.set(note.id, note)
  })
  await client.roundTrip()
}

/** The words on a note record. */
export function wordsOf(record: unknown): string {
  return JSON.stringify((record as { props?: { richText?: unknown } }).props?.richText ?? '')
}

/**
 * Per-person private-note counts as the facilitator sees them
 * (`GET /api/boards/:id/private/status`). The server counts from the docs
 * when asked, so once `writeNotes` returned the answer is up to date.
 */
export async function privateCountsOf(baseUrl: string, board: CreatedBoard): Promise<Record<string, number>> {
  const response = await requestJson(`${baseUrl}/api/boards/${board.id}/private/status`, {
    key: board.keys.facilitator,
  })
  if (response.status !== 200) throw new Error(`Counts refused: ${JSON.stringify(response.body)}`)
  return (response.body as { counts: Record<string, number> }).counts
}

/** The private-writing section a control client sees now. */
export function privateWritingOf(control: Y.Doc): PrivateWritingState | null {
  return readPrivateWriting(readControlSnapshot(control))
}

/** Records of a synced doc that came from private writing, with their meta. */
export function sharedNotesOf(
  client: SyncClient,
): Array<TestRecord & { x: number; y: number; meta: Record<string, unknown> }> {
  return [...client.kv.map.values()]
    .map(({ val }) => val)
    .filter(
      (record) => (record.meta as { privateWriting?: unknown } | undefined)?.privateWriting === true,
    ) as never
}

/**
 * Everything one person's machine receives: every WebSocket frame on every
 * doc they open (raw bytes, awareness included), refused sockets' closing
 * words, and every HTTP response body. For checking that a secret never
 * reaches them.
 */
export class Wiretap {
  readonly frames: Uint8Array[] = []
  readonly bodies: string[] = []
  readonly docs: Y.Doc[] = []
  readonly providers: WebsocketProvider[] = []

  constructor(readonly who: string) {}

  /** A WebSocket class for y-websocket that records every frame it receives. */
  socketClass(): typeof globalThis.WebSocket {
    const frames = this.frames
    class TappedWebSocket extends WebSocket {
      constructor(url: string, protocols?: string | string[], options?: ClientOptions) {
        super(url, protocols, { perMessageDeflate: false, ...options })
        this.on('message', (data: RawData) => frames.push(toBytes(data)))
        this.on('close', (_code: number, reason: Buffer) => frames.push(new Uint8Array(reason)))
      }
    }
    return TappedWebSocket as unknown as typeof globalThis.WebSocket
  }

  /** Opens a doc as a real client would (with presence on the content doc), recording everything. */
  async open(
    syncUrl: string,
    docName: string,
    key: string,
    token?: string,
    presence?: Record<string, unknown>,
  ): Promise<{ doc: Y.Doc; provider: WebsocketProvider; kv: YKeyValue<TestRecord> }> {
    const doc = new Y.Doc()
    const provider = new WebsocketProvider(syncUrl, docName, doc, {
      params: token ? { key, token } : { key },
      WebSocketPolyfill: this.socketClass(),
      disableBc: true,
      shouldReconnect: () => false,
    })
    if (presence) provider.awareness.setLocalState(presence)
    else provider.awareness.setLocalState(null)
    onTestFinished(() => {
      provider.destroy()
      doc.destroy()
    })
    this.docs.push(doc)
    this.providers.push(provider)
    await new Promise<void>((resolve, reject) => {
      provider.on('sync', (synced: boolean) => synced && resolve())
      provider.on('connection-close', (event: { code: number } | null) =>
        reject(new Error(`${this.who} could not open ${docName}: ${event?.code}`)),
      )
    })
    return { doc, provider, kv: new YKeyValue<TestRecord>(doc.getArray(recordsArrayName)) }
  }

  /** Tries to open a doc they should not, recording whatever comes back; resolves with the close code. */
  async attempt(url: string): Promise<number> {
    const Socket = this.socketClass()
    const socket = new Socket(url) as unknown as WebSocket
    socket.on('error', () => {})
    onTestFinished(() => socket.terminate())
    return new Promise((resolve) => socket.on('close', (code: number) => resolve(code)))
  }

  /** Sends an HTTP request and records the response body. */
  async http(url: string, init: { method?: string; key?: string; token?: string; body?: unknown } = {}) {
    const headers: Record<string, string> = {}
    if (init.key) headers.authorization = `Bearer ${init.key}`
    if (init.token) headers['x-participant-token'] = init.token
    if (init.body !== undefined) headers['content-type'] = 'application/json'
    const response = await fetch(url, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    })
    const text = await response.text()
    this.bodies.push(text)
    return { status: response.status, text }
  }

  /** Where `secret` turns up in what this person received (empty when nowhere). */
  findings(secret: string): string[] {
    const bytes = Buffer.from(secret, 'utf8')
    const found: string[] = []
    this.frames.forEach((frame, i) => {
      if (Buffer.from(frame).includes(bytes)) found.push(`WebSocket frame ${i}`)
    })
    this.bodies.forEach((body, i) => {
      if (body.includes(secret)) found.push(`HTTP body ${i}`)
    })
    this.docs.forEach((doc, i) => {
      if (JSON.stringify(doc.toJSON()).includes(secret)) found.push(`decoded doc ${i}`)
    })
    this.providers.forEach((provider, i) => {
      const states = JSON.stringify([...provider.awareness.getStates().values()])
      if (states.includes(secret)) found.push(`awareness of doc ${i}`)
    })
    return found
  }
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data))
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  return new Uint8Array(data)
}

/** Waits until a control doc satisfies `predicate` about private writing. */
export function waitForPrivateWriting(
  control: Y.Doc,
  predicate: (state: PrivateWritingState) => boolean,
  what: string,
): Promise<void> {
  return waitFor(() => {
    const state = privateWritingOf(control)
    return state !== null && predicate(state)
  }, what)
}

/** The sync URL of a board's doc. */
export function docUrlOf(
  server: Pick<TestServer, 'syncUrl'>,
  docName: string,
  key: string,
  token?: string,
): string {
  return `${server.syncUrl}/${docName}?key=${encodeURIComponent(key)}${token ? `&token=${encodeURIComponent(token)}` : ''}`
}
