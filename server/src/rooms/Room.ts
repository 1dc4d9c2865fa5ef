import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { defaultLimits, encodeRefusalMessage, type CloseCodeName } from '@wesee/shared'
import type { BoardStore } from '../storage/BoardStore.ts'
import { encodeSyncStep1, MessageType, SyncType } from '../sync/protocol.ts'
import type { Writer } from './gate/ContentRule.ts'
import type { SyncGate } from './gate/SyncGate.ts'
import { RoomFanOut } from './RoomFanOut.ts'
import { metrics, timeStoreAppend } from '../metrics/serverMetrics.ts'
import { RoomPresence, type PresenceConnection } from './RoomPresence.ts'

/** What a room needs from one client connection. */
export interface RoomConnection extends PresenceConnection {
  /** Sends a binary message; must not throw. */
  send(message: Uint8Array): void
  /** Whether this connection's doc updates may be applied right now. */
  canWrite(): boolean
  /** Told when one of its updates was dropped because it may not write now. */
  updateDropped(): void
  /** Who writes on this connection, from its grant (never from the wire). */
  readonly writer: Writer
  /** Closes this connection with a code from shared's table (e.g. ConnectAgain so a stock client syncs again). */
  closeAs(name: CloseCodeName): void
}

/** Thrown when a message cannot be decoded; the connection is closed. */
export class MalformedMessageError extends Error {}

/**
 * One loaded Yjs doc and the connections to it. Every update is appended to
 * the store before it is sent to anyone, so whatever a client has seen
 * survives a crash. A client's update to a gated doc (board or private doc)
 * goes through its SyncGate first: stored and relayed is only the net
 * update after the server's checks and corrections. What is relayed in
 * one tick goes out as one merged message per connection (RoomFanOut).
 */
export class Room {
  readonly doc: Y.Doc
  /** Presence (awareness), bound to the connections: see RoomPresence. */
  readonly presence: RoomPresence
  private readonly connections = new Set<RoomConnection>()
  private readonly fanOut: RoomFanOut
  private updatesSinceCompaction: number
  private readonly disposers: Array<() => void> = []
  /** Bytes of the stored log the doc was loaded from (an upper bound of its size). */
  readonly loadedBytes: number
  /** Checks clients' updates; null for the control doc, which only the server writes. */
  gate: SyncGate | null = null
  /** True while the gate applies and corrects a client's update: its parts are not stored or sent one by one. */
  private gating = false

  constructor(
    readonly name: string,
    readonly boardId: string,
    private readonly store: BoardStore,
    private readonly compactAfterUpdates: number,
    maxPresenceBytes: number = defaultLimits.maxPresenceBytes,
  ) {
    this.doc = new Y.Doc({ gc: true })
    const stored = store.loadUpdates(name)
    if (stored.length > 0) Y.applyUpdate(this.doc, Y.mergeUpdates(stored))
    this.updatesSinceCompaction = stored.length
    this.loadedBytes = stored.reduce((sum, update) => sum + update.byteLength, 0)

    const onUpdate = (update: Uint8Array, origin: unknown) => {
      if (!this.gating) this.persistAndBroadcast(update, origin)
    }
    this.doc.on('update', onUpdate)
    this.disposers.push(() => this.doc.off('update', onUpdate))

    this.presence = new RoomPresence(this.doc, maxPresenceBytes, (clientIds) =>
      this.fanOut.queuePresence(clientIds),
    )
    this.disposers.push(() => this.presence.destroy())
    this.fanOut = new RoomFanOut(this.connections, this.presence.awareness)
  }

  get connectionCount(): number {
    return this.connections.size
  }

  /** Adds a connection and starts the sync handshake with it. */
  addConnection(connection: RoomConnection): void {
    this.connections.add(connection)
    connection.send(encodeSyncStep1(this.doc))
    const presence = this.presence.encodeAllIfAny()
    if (presence) connection.send(presence)
  }

  /** Removes a connection and the presence it published. */
  removeConnection(connection: RoomConnection): void {
    this.connections.delete(connection)
    this.presence.remove(connection)
  }

  /**
   * Handles one binary message from a connection. Throws
   * MalformedMessageError when the bytes are not a y-websocket message.
   */
  receive(connection: RoomConnection, message: Uint8Array): void {
    try {
      const decoder = decoding.createDecoder(message)
      const type = decoding.readVarUint(decoder)
      switch (type) {
        case MessageType.Sync:
          this.receiveSync(connection, decoder)
          return
        case MessageType.Awareness:
          this.presence.receive(connection, decoding.readVarUint8Array(decoder))
          return
        case MessageType.QueryAwareness:
          this.fanOut.answer(connection, this.presence.encodeAll())
          return
        default:
          throw new MalformedMessageError(`unknown message type ${type}`)
      }
    } catch (error) {
      if (error instanceof MalformedMessageError) throw error
      throw new MalformedMessageError(error instanceof Error ? error.message : String(error))
    }
  }

  private receiveSync(connection: RoomConnection, decoder: decoding.Decoder): void {
    const syncType = decoding.readVarUint(decoder)
    switch (syncType) {
      case SyncType.Step1: {
        const encoder = encoding.createEncoder()
        encoding.writeVarUint(encoder, MessageType.Sync)
        syncProtocol.readSyncStep1(decoder, encoder, this.doc)
        // After what this tick relays: what was relayed before the question arrives before its answer.
        this.fanOut.answer(connection, encoding.toUint8Array(encoder))
        return
      }
      case SyncType.Step2:
      case SyncType.Update: {
        const update = decoding.readVarUint8Array(decoder)
        // A read-only connection's updates are dropped: never applied, stored or relayed.
        if (!connection.canWrite()) {
          connection.updateDropped()
          return
        }
        if (this.gate) this.receiveGatedUpdate(connection, this.gate, update)
        else Y.applyUpdate(this.doc, update, connection)
        return
      }
      default:
        throw new MalformedMessageError(`unknown sync message type ${syncType}`)
    }
  }

  private receiveGatedUpdate(connection: RoomConnection, gate: SyncGate, update: Uint8Array): void {
    this.gating = true
    let outcome
    try {
      outcome = gate.applyClientUpdate(update, connection.writer, connection)
    } finally {
      this.gating = false
    }
    // When the server corrected the update the writer gets the net result too, so its screen is put back.
    if (outcome.update) this.persistAndBroadcast(outcome.update, outcome.corrected ? null : connection)
    // The writer hears of a refusal after the correction that puts its screen back, as before batching.
    for (const refusal of outcome.refusals) this.fanOut.answer(connection, encodeRefusalMessage(refusal))
    if (outcome.malformed) {
      const reason =
        outcome.malformed instanceof Error ? outcome.malformed.message : String(outcome.malformed)
      throw new MalformedMessageError(reason)
    }
    if (outcome.needsResync) connection.closeAs('ConnectAgain')
  }

  private persistAndBroadcast(update: Uint8Array, origin: unknown): void {
    // Durable first: better-sqlite3 is synchronous, so the row is written
    // before anyone else can see the change.
    timeStoreAppend(() => this.store.appendUpdate(this.name, update))
    metrics.updates.inc()
    this.updatesSinceCompaction++
    this.fanOut.queueUpdate(update, origin)
    if (this.updatesSinceCompaction >= this.compactAfterUpdates) this.compact()
  }

  /** Replaces the stored update log with one snapshot of the current state. */
  compact(): void {
    if (this.updatesSinceCompaction <= 1) return
    const snapshot = Y.encodeStateAsUpdate(this.doc)
    this.store.replaceUpdates(this.name, snapshot)
    this.updatesSinceCompaction = 1
    this.gate?.measured(snapshot.byteLength)
  }

  /** Compacts and frees the doc. The room must not be used afterwards. */
  destroy(): void {
    this.fanOut.flush()
    this.compact()
    for (const dispose of this.disposers.splice(0)) dispose()
    this.doc.destroy()
  }

  /**
   * Frees the doc without writing anything, for a board being deleted:
   * from now on no update of this room reaches the store.
   */
  discard(): void {
    this.fanOut.drop()
    for (const dispose of this.disposers.splice(0)) dispose()
    this.doc.destroy()
  }
}
