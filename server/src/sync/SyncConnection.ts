import type { WebSocket } from 'ws'
import { CloseCode } from '@wesee/shared'
import type { DocGrant } from '../auth/docAccess.ts'
import type { Writer } from '../rooms/gate/ContentRule.ts'
import { MalformedMessageError, type Room, type RoomConnection } from '../rooms/Room.ts'
import { TokenBucket } from './TokenBucket.ts'

/** Close code for bytes that are not a y-websocket message (standard "invalid payload"). */
export const invalidPayloadCloseCode = 1007

export interface SyncConnectionOptions {
  maxMessageBytes: number
  maxMessagesPerSecond: number
  canWrite: (grant: DocGrant) => boolean
  canShowPresence: (grant: DocGrant) => boolean
  onClose: (connection: SyncConnection) => void
}

/**
 * One authorised WebSocket attached to one room. Enforces the size and rate
 * limits, and never lets an exception escape a socket callback: a bad
 * message closes this connection, never the process.
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

  constructor(
    readonly socket: WebSocket,
    readonly grant: DocGrant,
    readonly room: Room,
    private readonly options: SyncConnectionOptions,
  ) {
    this.writer = { role: grant.role, participantId: grant.participantId }
    this.bucket = new TokenBucket(options.maxMessagesPerSecond, options.maxMessagesPerSecond * 2)
    socket.binaryType = 'nodebuffer'
    socket.on('message', (data, isBinary) => this.onMessage(data, isBinary))
    socket.on('pong', () => {
      this.isAlive = true
    })
    socket.on('close', () => this.cleanUp())
    socket.on('error', (error) => {
      console.warn(`[wesee] socket error on ${grant.docName}: ${error.message}`)
      this.cleanUp()
    })
    room.addConnection(this)
  }

  send(message: Uint8Array): void {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return
    this.socket.send(message, (error) => {
      if (error) this.close(1011, 'Send failed')
    })
  }

  canWrite(): boolean {
    return this.options.canWrite(this.grant)
  }

  canShowPresence(): boolean {
    return this.options.canShowPresence(this.grant)
  }

  updateDropped(): void {
    this.hasDroppedUpdates = true
  }

  close(code: number, reason: string): void {
    if (this.socket.readyState === this.socket.OPEN || this.socket.readyState === this.socket.CONNECTING) {
      this.socket.close(code, reason)
    }
    this.cleanUp()
  }

  private onMessage(data: unknown, isBinary: boolean): void {
    try {
      const bytes = toBytes(data)
      if (bytes.byteLength > this.options.maxMessageBytes) {
        this.close(CloseCode.TooLarge, 'Message too large')
        return
      }
      if (!this.bucket.take()) {
        this.close(CloseCode.TooMany, 'Too many messages')
        return
      }
      if (!isBinary) {
        this.close(invalidPayloadCloseCode, 'Expected a binary message')
        return
      }
      this.room.receive(this, bytes)
    } catch (error) {
      if (error instanceof MalformedMessageError) {
        this.close(invalidPayloadCloseCode, 'Unreadable message')
      } else {
        console.error(`[wesee] failed to handle a message on ${this.grant.docName}`, error)
        this.close(1011, 'Server error')
      }
    }
  }

  private cleanUp(): void {
    if (this.closed) return
    this.closed = true
    try {
      this.room.removeConnection(this)
    } catch (error) {
      console.error(`[wesee] failed to remove a connection from ${this.grant.docName}`, error)
    }
    this.options.onClose(this)
  }
}

function toBytes(data: unknown): Uint8Array {
  if (data instanceof Uint8Array) return data
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data as Buffer[]))
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  throw new MalformedMessageError('unexpected message data')
}
