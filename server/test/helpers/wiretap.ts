import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { WebSocket, type RawData } from 'ws'
import { decodeRefusalMessage, recordsArrayName, type RefusalMessage } from '@wesee/shared'
import { onTestFinished } from 'vitest'

/** One value a wiretap saw in an update, with the root type it was written under (null when nested). */
export interface TappedValue {
  root: string | null
  /** The map key the value was written under, or null for a list entry. */
  mapKey: string | null
  value: unknown
}

export interface Wiretap {
  /** The doc as the updates received so far make it. */
  doc: Y.Doc
  /** Every update received (sync step 2 and updates), as sent. */
  updates: Uint8Array[]
  /**
   * Every value in every struct of every update received, including ones a
   * later update deleted: what crossed the wire, not just what stayed.
   */
  values: TappedValue[]
  /** Updates the server sent that Yjs could not apply (there should be none). */
  unreadable: Array<{ update: Uint8Array; error: unknown }>
  /** Refusal messages received (a wiretap writes nothing, so there should be none). */
  refusals: RefusalMessage[]
  /** The record entries (`{ key, val }` or not) that crossed the wire in `records`. */
  recordEntries(): unknown[]
  /** True when any value that crossed the wire matches. */
  saw(predicate: (value: TappedValue) => boolean): boolean
  /** Resolves once everything the server sent before it answered a fresh sync step 1 has arrived. */
  roundTrip(): Promise<void>
  close(): void
}

/**
 * An observer client for attack tests: a raw socket that never writes,
 * records everything the server relays, and decodes each update's structs,
 * so a test can prove a refused record never reached anyone, not even
 * briefly before a deletion.
 */
export async function connectWiretap(url: string): Promise<Wiretap> {
  const socket = new WebSocket(url, { perMessageDeflate: false })
  const doc = new Y.Doc()
  const updates: Uint8Array[] = []
  const values: TappedValue[] = []
  const refusals: RefusalMessage[] = []
  const unreadable: Array<{ update: Uint8Array; error: unknown }> = []
  let waiters: Array<() => void> = []

  const take = (update: Uint8Array) => {
    updates.push(update)
    for (const struct of Y.decodeUpdate(update).structs) {
      if (!(struct instanceof Y.Item)) continue
      const root = typeof struct.parent === 'string' ? struct.parent : null
      for (const value of struct.content.getContent()) values.push({ root, mapKey: struct.parentSub, value })
    }
    try {
      Y.applyUpdate(doc, update)
    } catch (error) {
      unreadable.push({ update, error })
    }
  }

  socket.on('message', (data: RawData) => {
    const bytes = Array.isArray(data) ? new Uint8Array(Buffer.concat(data)) : new Uint8Array(data as Buffer)
    const refusal = decodeRefusalMessage(bytes)
    if (refusal) {
      refusals.push(refusal)
      return
    }
    const decoder = decoding.createDecoder(bytes)
    if (decoding.readVarUint(decoder) !== 0) return
    const syncType = decoding.readVarUint(decoder)
    if (syncType === syncProtocol.messageYjsSyncStep1) return
    take(decoding.readVarUint8Array(decoder))
    if (syncType === syncProtocol.messageYjsSyncStep2) {
      const ready = waiters
      waiters = []
      for (const resolve of ready) resolve()
    }
  })
  socket.on('error', () => {})
  onTestFinished(() => socket.terminate())
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve())
    socket.once('close', (code, reason) => reject(new Error(`Wiretap refused: ${code} ${reason.toString()}`)))
  })

  const roundTrip = () =>
    new Promise<void>((resolve, reject) => {
      waiters.push(resolve)
      socket.once('close', (code) => reject(new Error(`Wiretap closed (${code})`)))
      const encoder = encoding.createEncoder()
      encoding.writeVarUint(encoder, 0)
      // An empty state vector: the answer is the whole doc, which keeps `doc` complete.
      syncProtocol.writeSyncStep1(encoder, new Y.Doc())
      socket.send(encoding.toUint8Array(encoder))
    })
  await roundTrip()

  return {
    doc,
    updates,
    values,
    refusals,
    unreadable,
    recordEntries: () =>
      values.filter((v) => v.root === recordsArrayName && v.mapKey === null).map((v) => v.value),
    saw: (predicate) => values.some(predicate),
    roundTrip,
    close: () => socket.close(),
  }
}
