import * as decoding from 'lib0/decoding'
import type { WebSocket } from 'ws'
import { closeCodeTable, type CloseCodeName, type PresenceIdentity } from '@wesee/shared'
import type { DocGrant } from '../auth/docAccess.ts'
import type { Writer } from '../rooms/gate/ContentRule.ts'
import { MalformedMessageError, type Room, type RoomConnection } from '../rooms/Room.ts'
import { MessageType, SyncType } from './protocol.ts'
import { TokenBucket } from './TokenBucket.ts'
import { metrics } from '../metrics/serverMetrics.ts'
import { logger } from '../logging/logger.ts'

/** A step 1 allowance comes back this often (a stock client sends one per connect). */
const syncStep1RefillPerSecond = 1 / 30

/** How long a socket closed for being too slow may take to finish closing before it is cut. */
const slowCloseGraceMs = 5_000

export interface SyncConnectionOptions {
  maxMessageBytes: number
  maxMessagesPerSecond: number
  /** Bytes that may wait unsent for this socket before it is closed as too slow. */
  maxBufferedBytes: number
  /** Sync step 1 messages answered in a burst (each answer is the whole doc). */
  maxSyncStep1: number
  canWrite: (grant: DocGrant) => boolean
  /** Who this connection's presence speaks for, or null for none. */
  presenceIdentity: (grant: DocGrant, connection: SyncConnection) => PresenceIdentity | null
  onClose: (connection: SyncConnection) => void
}

/**
 * One authorised WebSocket attached to one room. Enforces the size and rate
 * limits, answers sync step 1 a bounded number of times, closes a socket
 * that does not read what it is sent, and never lets an exception escape a
 * socket callback: a bad message closes this connection, never the process.
 * Every close uses a code from `closeCodeTable` in shared.
 */
export class SyncConnection implements RoomConnection {
  isAlive = true
  /**
   * Set when an update was dropped. The client's doc now holds changes the
   * server lacks, and Yjs cannot apply its later updates until it resyncs.
   */
  hasDroppedUpdates = false
  private closed = false
  private readonly bucket: TokenBucket
  readonly writer: Writer
  private readonly step1Bucket: TokenBucket

  constructor(
    readonly socket: WebSocket,
    readonly grant: DocGrant,
    readonly room: Room,
    private readonly options: SyncConnectionOptions,
  ) {
    this.writer = { role: grant.role, participantId: grant.participantId }
    this.bucket = new TokenBucket(options.maxMessagesPerSecond, options.maxMessagesPerSecond * 2)
    this.step1Bucket = new TokenBucket(syncStep1RefillPerSecond, options.maxSyncStep1)
    socket.binaryType = 'nodebuffer'
    socket.on('message', (data, isBinary) => this.onMessage(data, isBinary))
    socket.on('pong', () => {
      this.isAlive = true
    })
    socket.on('close', () => this.cleanUp())
    socket.on('error', (error) => {
      logger.warn({ err: error, doc: grant.docName }, 'socket error')
      this.cleanUp()
    })
    room.addConnection(this)
  }

  send(message: Uint8Array): void {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return
    // Back-pressure: a client that does not read (or cannot keep up) would
    // otherwise make the server hold every message for it in memory.
    if (this.socket.bufferedAmount > this.options.maxBufferedBytes) {
      this.closeAs('TooSlow')
      return
    }
    this.socket.send(message, (error) => {
      if (error) this.closeAs('ServerError')
    })
  }

  canWrite(): boolean {
    return this.options.canWrite(this.grant)
  }

  presenceIdentity(): PresenceIdentity | null {
    return this.options.presenceIdentity(this.grant, this)
  }

  updateDropped(): void {
    this.hasDroppedUpdates = true
  }

  /** Closes with a code from shared's table and its reason. */
  closeAs(name: CloseCodeName): void {
    const { code, reason } = closeCodeTable[name]
    if (this.socket.readyState === this.socket.OPEN || this.socket.readyState === this.socket.CONNECTING) {
      this.socket.close(code, reason)
      // A socket that does not read never takes the close frame either: cut
      // it soon, so what waits for it is freed.
      if (name === 'TooSlow') {
        setTimeout(() => this.socket.terminate(), slowCloseGraceMs).unref()
      }
    }
    this.cleanUp()
  }

  private onMessage(data: unknown, isBinary: boolean): void {
    try {
      const bytes = toBytes(data)
      if (bytes.byteLength > this.options.maxMessageBytes) {
        this.closeAs('TooLarge')
        return
      }
      if (!this.bucket.take()) {
        // Once per connection: what a flooder sent before the close arrives must not count again.
        if (!this.closed) metrics.rateLimitHits.inc({ limit: 'sync_messages_per_connection' })
        this.closeAs('TooMany')
        return
      }
      if (!isBinary) {
        this.closeAs('Unreadable')
        return
      }
      if (isSyncStep1(bytes) && !this.step1Bucket.take()) {
        // Each answer is the whole doc: repeated, it is a cheap way to fill the server.
        if (!this.closed) metrics.rateLimitHits.inc({ limit: 'sync_step1_per_connection' })
        this.closeAs('TooMany')
        return
      }
      this.room.receive(this, bytes)
    } catch (error) {
      if (error instanceof MalformedMessageError) {
        this.closeAs('Unreadable')
      } else {
        logger.error({ err: error, doc: this.grant.docName }, 'failed to handle a message')
        this.closeAs('ServerError')
      }
    }
  }

  private cleanUp(): void {
    if (this.closed) return
    this.closed = true
    try {
      this.room.removeConnection(this)
    } catch (error) {
      logger.error({ err: error, doc: this.grant.docName }, 'failed to remove a connection')
    }
    this.options.onClose(this)
  }
}

/** True for a y-websocket "sync step 1" message; false for anything else, readable or not. */
function isSyncStep1(bytes: Uint8Array): boolean {
  try {
    const decoder = decoding.createDecoder(bytes)
    return (
      decoding.readVarUint(decoder) === MessageType.Sync && decoding.readVarUint(decoder) === SyncType.Step1
    )
  } catch {
    return false
  }
}

function toBytes(data: unknown): Uint8Array {
  if (data instanceof Uint8Array) return data
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data as Buffer[]))
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  throw new MalformedMessageError('unexpected message data')
}
