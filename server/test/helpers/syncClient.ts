import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import { YKeyValue } from 'y-utility/y-keyvalue'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { WebSocket, type RawData } from 'ws'
import { formatDocName, noteShape, recordsArrayName } from '@wesee/shared'
import { onTestFinished } from 'vitest'
import { waitFor } from './waitFor.ts'

/** A record as the tests write it: any JSON with an id. */
export type TestRecord = { id: string; typeName: string } & Record<string, unknown>

export interface SyncClient {
  doc: Y.Doc
  provider: WebsocketProvider
  kv: YKeyValue<TestRecord>
  /** Resolves once the first sync with the server is done. */
  waitSynced(): Promise<void>
  /**
   * Resolves once the server has handled every message this client sent so
   * far (it answers a fresh sync step 1, and it handles one socket's
   * messages in order).
   */
  roundTrip(): Promise<void>
  /** Every record key this client's doc has ever held, including ones since deleted. */
  seenKeys: Set<string>
  destroy(): void
}

/** The options every test provider needs; exported for tests that build their own. */
export function providerOptions(
  key: string,
  token?: string,
  reconnect = false,
): ConstructorParameters<typeof WebsocketProvider>[3] {
  return {
    params: token ? { key, token } : { key },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    // In one Node process every provider of a doc would otherwise also sync
    // over BroadcastChannel, bypassing the server and its rules.
    disableBc: true,
    // A refused test client should give up, not retry in the background.
    shouldReconnect: () => reconnect,
  }
}

/**
 * Connects a stock y-websocket client to a board's content doc (or another
 * doc with `docName`). Destroyed when the current test finishes.
 */
export function connectClient(
  syncUrl: string,
  boardId: string,
  key: string,
  {
    docName = formatDocName({ boardId, kind: 'content' }),
    token,
    reconnect = false,
  }: { docName?: string; token?: string; reconnect?: boolean } = {},
): SyncClient {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(syncUrl, docName, doc, providerOptions(key, token, reconnect))
  const kv = new YKeyValue<TestRecord>(doc.getArray(recordsArrayName))
  const seenKeys = new Set<string>()
  kv.on('change', (changes: Map<string, unknown>) => {
    for (const key of changes.keys()) seenKeys.add(key)
  })
  const destroy = () => {
    provider.destroy()
    doc.destroy()
  }
  onTestFinished(destroy)
  return {
    doc,
    provider,
    kv,
    seenKeys,
    waitSynced: () => waitSynced(provider),
    roundTrip: () => roundTrip(provider),
    destroy,
  }
}

/** Resolves once a provider's first sync with the server is done. */
export function waitSynced(provider: WebsocketProvider): Promise<void> {
  if (provider.synced) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const onSync = (synced: boolean) => {
      if (!synced) return
      cleanUp()
      resolve()
    }
    const onClosed = (event: { code: number; reason: string }) => {
      cleanUp()
      reject(new Error(`Connection closed before sync: ${event.code} ${event.reason}`))
    }
    const cleanUp = () => {
      provider.off('sync', onSync)
      provider.off('closed', onClosed)
    }
    provider.on('sync', onSync)
    provider.on('closed', onClosed)
  })
}

/** Resolves once the server has handled every message the provider sent so far. */
export async function roundTrip(provider: WebsocketProvider): Promise<void> {
  await waitSynced(provider)
  const socket = provider.ws as unknown as WebSocket | null
  if (!socket) throw new Error('The client is not connected')
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 0) // sync
  syncProtocol.writeSyncStep1(encoder, provider.doc)
  await new Promise<void>((resolve, reject) => {
    const onMessage = (data: RawData) => {
      // The only step 2 a synced client receives is the answer to a step 1 it sent.
      const decoder = decoding.createDecoder(toBytes(data))
      if (decoding.readVarUint(decoder) !== 0) return
      if (decoding.readVarUint(decoder) !== syncProtocol.messageYjsSyncStep2) return
      cleanUp()
      resolve()
    }
    const onClose = (code: number) => {
      cleanUp()
      reject(new Error(`Connection closed (${code}) during a round trip`))
    }
    const cleanUp = () => {
      socket.off('message', onMessage)
      socket.off('close', onClose)
    }
    socket.on('message', onMessage)
    socket.on('close', onClose)
    socket.send(encoding.toUint8Array(encoder))
  })
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data))
  return new Uint8Array(data)
}

/**
 * The records of a doc as plain, key-sorted JSON, for comparing two docs.
 * Reads the array directly (the right-most entry of a key wins, as in
 * YKeyValue) so that it never writes to the doc it inspects.
 */
export function recordsJson(doc: Y.Doc): string {
  const records = new Map<string, unknown>()
  for (const { key, val } of doc.getArray<{ key: string; val: unknown }>(recordsArrayName).toArray()) {
    records.set(key, val)
  }
  return JSON.stringify([...records.entries()].sort(([a], [b]) => a.localeCompare(b)))
}

/** Waits until a client's doc holds `key`. */
export function waitForRecord(client: SyncClient, key: string): Promise<void> {
  return waitFor(() => client.kv.has(key), `record ${key}`)
}

/** A valid tldraw note shape record on the first page. */
export function noteRecord(id: string, text = 'A note'): TestRecord {
  return testNote({ id: `shape:${id}`, parentId: 'page:page', index: 'a1', x: 0, y: 0, text })
}

/** A complete tldraw note (shared's `noteShape`) as the tests' record type. */
export function testNote(fields: Parameters<typeof noteShape>[0]): TestRecord {
  return noteShape(fields) as unknown as TestRecord
}
