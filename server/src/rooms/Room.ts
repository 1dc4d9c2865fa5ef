import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { defaultLimits, encodeRefusalMessage, type CloseCodeName } from '@wesee/shared'
import type { DocLog } from '../storage/DocLog.ts'
import { encodeSyncStep1, MessageType, SyncType } from '../sync/protocol.ts'
import type { Writer } from './gate/ContentRule.ts'
import type { SyncGate } from './gate/SyncGate.ts'
import { RoomFanOut } from './RoomFanOut.ts'
import { logger } from '../logging/logger.ts'
import { metrics, timeStoreAppend } from '../metrics/serverMetrics.ts'
import { RoomPresence, type PresenceConnection } from './RoomPresence.ts'
import { RoomWriteQueue, type QueuedUpdate } from './RoomWriteQueue.ts'

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
 * survives a crash: updates are applied at once, then stored (one
 * transaction for all that arrived in the same tick) and only then relayed,
 * in order (RoomWriteQueue); a sync step 2, which shows the whole doc, waits
 * until nothing in it is unstored. A client's update to a gated doc (board
 * or private doc) goes through its SyncGate first: stored and relayed is
 * only the net update after the server's checks and corrections.
 * What is relayed in one tick goes out as one merged message per connection
 * (RoomFanOut).
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

  private readonly writes: RoomWriteQueue
  /** Told when storing failed and the room was closed (the registry forgets it). */
  onBroken: (error: unknown) => void = () => {}

  /** Loads a doc's stored log into a new room. */
  static async load(
    name: string,
    boardId: string,
    log: DocLog,
    compactAfterUpdates: number,
    maxPresenceBytes?: number,
  ): Promise<Room> {
    const stored = await log.loadUpdates(name)
    return new Room(name, boardId, log, stored, compactAfterUpdates, maxPresenceBytes)
  }

  constructor(
    readonly name: string,
    readonly boardId: string,
    private readonly log: DocLog,
    stored: readonly Uint8Array[],
    private readonly compactAfterUpdates: number,
    maxPresenceBytes: number = defaultLimits.maxPresenceBytes,
  ) {
    this.doc = new Y.Doc({ gc: true })
    if (stored.length > 0) Y.applyUpdate(this.doc, Y.mergeUpdates([...stored]))
    this.updatesSinceCompaction = stored.length
    this.loadedBytes = stored.reduce((sum, update) => sum + update.byteLength, 0)

    this.writes = new RoomWriteQueue({
      append: (updates) => timeStoreAppend(() => this.log.appendMany(this.name, updates)),
      stored: (batch) => this.relayStored(batch),
      failed: (error) => this.storingFailed(error),
    })

    const onUpdate = (update: Uint8Array, origin: unknown) => {
      if (!this.gating) this.writes.push(update, origin)
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
          // A state that is not shown is not relayed back either, so answer it: a stock
          // y-websocket client reconnects after 30 s of silence, and on a doc without
          // presence (control, private, a viewer's) its presence renewal is all it sends.
          if (!this.presence.receive(connection, decoding.readVarUint8Array(decoder)))
            this.fanOut.answer(connection, this.presence.encodeNone())
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
        const stateVector = decoding.readVarUint8Array(decoder)
        // Read now, so a malformed state vector closes the connection here and not in the queue.
        Y.decodeStateVector(stateVector)
        // The answer is the whole doc the client lacks: only once all of it is stored.
        this.writes.whenAllStored(() => {
          try {
            const encoder = encoding.createEncoder()
            encoding.writeVarUint(encoder, MessageType.Sync)
            syncProtocol.writeSyncStep2(encoder, this.doc, stateVector)
            // After what this tick relays: what was relayed before the question arrives before its answer.
            this.fanOut.answer(connection, encoding.toUint8Array(encoder))
          } catch (error) {
            logger.warn({ err: error, doc: this.name }, 'could not answer a sync step 1')
            connection.closeAs('Unreadable')
          }
        })
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
    if (outcome.update) this.writes.push(outcome.update, outcome.corrected ? null : connection)
    // The writer hears of a refusal after the correction that puts its screen back, as before batching.
    for (const refusal of outcome.refusals) this.fanOut.answer(connection, encodeRefusalMessage(refusal))
    if (outcome.malformed) {
      const reason =
        outcome.malformed instanceof Error ? outcome.malformed.message : String(outcome.malformed)
      throw new MalformedMessageError(reason)
    }
    if (outcome.needsResync) connection.closeAs('ConnectAgain')
  }

  /** A batch is durable: everyone else may see it now. */
  private async relayStored(batch: readonly QueuedUpdate[]): Promise<void> {
    metrics.updates.inc({}, batch.length)
    // Already one tick's worth, stored together: sent at once, merged, framed once.
    this.fanOut.relayUpdates(batch)
    this.updatesSinceCompaction += batch.length
    if (this.updatesSinceCompaction >= this.compactAfterUpdates) await this.compactNow()
  }

  /**
   * The store failed: the doc in memory holds changes that are not stored,
   * so no one may read it any more. Everyone is asked to connect again (a
   * stock client then syncs its own changes into a freshly loaded room).
   */
  private storingFailed(error: unknown): void {
    logger.error({ err: error, doc: this.name }, 'could not store a doc; closing its room')
    this.fanOut.drop()
    for (const connection of [...this.connections]) connection.closeAs('ConnectAgain')
    this.discard()
    this.onBroken(error)
  }

  /** Resolves when every update applied so far is stored and relayed. */
  settled(): Promise<void> {
    return this.writes.settled()
  }

  /** True when nothing applied to this room is waiting to be stored. */
  get isSettled(): boolean {
    return this.writes.idle
  }

  /** Replaces the stored update log with one snapshot of the current state, in turn with storing. */
  compact(): Promise<void> {
    return this.writes.exclusive(() => this.compactNow())
  }

  private async compactNow(): Promise<void> {
    if (this.updatesSinceCompaction <= 1) return
    const snapshot = Y.encodeStateAsUpdate(this.doc)
    await this.log.replaceUpdates(this.name, snapshot)
    this.updatesSinceCompaction = 1
    this.gate?.measured(snapshot.byteLength)
  }

  /** Stores what is queued, compacts and frees the doc. The room must not be used afterwards. */
  async destroy(): Promise<void> {
    try {
      await this.compact()
    } finally {
      this.fanOut.flush()
      this.writes.stop()
      this.dispose()
    }
  }

  /**
   * Frees the doc without writing anything more, for a board being deleted:
   * from now on no update of this room reaches the store. Resolves once a
   * batch that was already being written has finished.
   */
  discard(): Promise<void> {
    this.fanOut.drop()
    this.writes.stop()
    this.dispose()
    return this.writes.settled()
  }

  private dispose(): void {
    for (const dispose of this.disposers.splice(0)) dispose()
    this.doc.destroy()
  }
}
