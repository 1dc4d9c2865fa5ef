import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import type * as Y from 'yjs'
import type { PresenceIdentity } from '@wesee/shared'
import { encodeAwareness } from '../sync/protocol.ts'

/** What presence needs from one connection. */
export interface PresenceConnection {
  /** Who this connection's presence speaks for, or null when it may show none (a viewer). */
  presenceIdentity(): PresenceIdentity | null
}

/** One entry of an awareness update as it came off the wire. */
interface AwarenessEntry {
  clientId: number
  clock: number
  stateJson: string
}

/**
 * The presence (Yjs awareness) of one room, bound to the connections:
 * - each connection has at most one presence state: the first client id it
 *   sends is its own for the life of the connection, and entries for any
 *   other id are dropped (so one message with 2,001 states adds one);
 * - a state bigger than `maxStateBytes` is dropped;
 * - the server writes who the state speaks for (`presence.userId`,
 *   `userName`, `color`) from the connection, so nobody can show another
 *   person's name or lead "Follow me" as the facilitator.
 * What is relayed is the server's rewritten state, never the client's bytes.
 */
export class RoomPresence {
  readonly awareness: awarenessProtocol.Awareness
  /** The one client id each connection speaks for, once it has sent one. */
  private readonly ownIds = new Map<PresenceConnection, number>()
  private readonly dispose: () => void

  /** `changed` is told the client ids whose presence changed, to relay (RoomFanOut batches them). */
  constructor(
    doc: Y.Doc,
    private readonly maxStateBytes: number,
    changed: (clientIds: number[]) => void,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc)
    // The server itself has no presence.
    this.awareness.setLocalState(null)
    const onUpdate = ({
      added,
      updated,
      removed,
    }: {
      added: number[]
      updated: number[]
      removed: number[]
    }) => changed([...added, ...updated, ...removed])
    this.awareness.on('update', onUpdate)
    this.dispose = () => {
      this.awareness.off('update', onUpdate)
      this.awareness.destroy()
    }
  }

  /** Every presence now, for a connection that asked (an empty list is an answer too). */
  encodeAll(): Uint8Array {
    return encodeAwareness(this.awareness, [...this.awareness.getStates().keys()])
  }

  /** Every presence now, for a connection that just arrived; null when there is none. */
  encodeAllIfAny(): Uint8Array | null {
    return this.awareness.getStates().size > 0 ? this.encodeAll() : null
  }

  /**
   * Applies what a connection may say of an awareness update; drops the
   * rest. True when its state was taken (and so will be relayed to every
   * connection, its own too). Throws on unreadable bytes.
   */
  receive(connection: PresenceConnection, update: Uint8Array): boolean {
    const identity = connection.presenceIdentity()
    const entries = readAwarenessEntries(update)
    if (!identity) return false
    const ownId = this.ownIds.get(connection) ?? this.claimableId(entries)
    if (ownId === undefined) return false
    const entry = entries.find((e) => e.clientId === ownId)
    if (!entry) return false
    if (byteLength(entry.stateJson) > this.maxStateBytes) return false
    const state = boundState(entry.stateJson, identity)
    if (state === undefined) return false
    this.ownIds.set(connection, ownId)
    awarenessProtocol.applyAwarenessUpdate(
      this.awareness,
      encodeAwarenessEntry({ clientId: ownId, clock: entry.clock, stateJson: JSON.stringify(state) }),
      connection,
    )
    return true
  }

  /** An awareness update with no states: an answer that changes nothing. */
  encodeNone(): Uint8Array {
    return encodeAwareness(this.awareness, [])
  }

  /** Removes what a connection published (it closed). */
  remove(connection: PresenceConnection): void {
    const ownId = this.ownIds.get(connection)
    this.ownIds.delete(connection)
    if (ownId !== undefined && this.awareness.getStates().has(ownId)) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [ownId], null)
    }
  }

  destroy(): void {
    this.dispose()
  }

  /** The first id of a connection's first message, unless another connection already speaks for it. */
  private claimableId(entries: AwarenessEntry[]): number | undefined {
    const first = entries[0]
    if (!first) return undefined
    for (const id of this.ownIds.values()) if (id === first.clientId) return undefined
    return first.clientId
  }
}

/**
 * The state to store: the client's JSON with the server's identity written
 * into its tldraw presence. Null (a goodbye) stays null; anything that is
 * not JSON or not an object is refused (undefined).
 */
function boundState(
  stateJson: string,
  identity: PresenceIdentity,
): Record<string, unknown> | null | undefined {
  let state: unknown
  try {
    state = JSON.parse(stateJson)
  } catch {
    return undefined
  }
  if (state === null) return null
  if (typeof state !== 'object' || Array.isArray(state)) return undefined
  const bound = { ...(state as Record<string, unknown>) }
  const presence = bound.presence
  if (presence !== undefined && presence !== null) {
    if (typeof presence !== 'object' || Array.isArray(presence)) return undefined
    bound.presence = { ...presence, ...identity }
  }
  return bound
}

function readAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update)
  const count = decoding.readVarUint(decoder)
  const entries: AwarenessEntry[] = []
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder)
    const clock = decoding.readVarUint(decoder)
    const stateJson = decoding.readVarString(decoder)
    entries.push({ clientId, clock, stateJson })
  }
  return entries
}

function encodeAwarenessEntry(entry: AwarenessEntry): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 1)
  encoding.writeVarUint(encoder, entry.clientId)
  encoding.writeVarUint(encoder, entry.clock)
  encoding.writeVarString(encoder, entry.stateJson)
  return encoding.toUint8Array(encoder)
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}
