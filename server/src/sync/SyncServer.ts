import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type WebSocket } from 'ws'
import { CloseCode, type Limits } from '@wesee/shared'
import { authorizeDoc, type DocGrant, type ParticipantTokenCheck } from '../auth/docAccess.ts'
import type { RoomRegistry } from '../rooms/RoomRegistry.ts'
import type { BoardStore } from '../storage/BoardStore.ts'
import { SyncConnection } from './SyncConnection.ts'

export const syncPathPrefix = '/sync/'

export interface SyncServerOptions {
  store: BoardStore
  registry: RoomRegistry
  limits: Limits
  heartbeatMs: number
  checkToken: ParticipantTokenCheck
  canWrite: (grant: DocGrant) => boolean
  canShowPresence: (grant: DocGrant) => boolean
  /** Told when an authorised connection opens and closes (who is here now). */
  onConnectionOpened?: (grant: DocGrant) => void
  onConnectionClosed?: (grant: DocGrant) => void
}

/**
 * Accepts y-websocket connections on `/sync/<docName>?key=…&token=…`.
 * Authorisation runs before the upgrade is handled; a refused client gets a
 * socket that is closed at once with a code from `shared`, so browsers can
 * tell the person why.
 */
export class SyncServer {
  private readonly wss: WebSocketServer
  private readonly connections = new Set<SyncConnection>()
  private readonly perBoard = new Map<string, number>()
  private readonly heartbeat: NodeJS.Timeout

  constructor(private readonly options: SyncServerOptions) {
    // ws closes a frame over maxPayload itself, with 1009. We let frames up to
    // four times the limit through so we can answer with our own 4413 code;
    // anything bigger still gets ws's hard stop.
    this.wss = new WebSocketServer({
      noServer: true,
      maxPayload: options.limits.maxMessageBytes * 4,
      perMessageDeflate: false,
    })
    this.heartbeat = setInterval(() => this.checkHeartbeats(), options.heartbeatMs)
    this.heartbeat.unref()
  }

  /** All open connections (for metrics and tests). */
  get connectionCount(): number {
    return this.connections.size
  }

  /** Handles an HTTP upgrade request; returns false when the path is not ours. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const url = new URL(request.url ?? '/', 'http://localhost')
    if (!url.pathname.startsWith(syncPathPrefix)) return false
    socket.on('error', () => socket.destroy())
    void this.upgrade(request, socket, head, url).catch((error: unknown) => {
      console.error('[wesee] upgrade failed', error)
      socket.destroy()
    })
    return true
  }

  private async upgrade(request: IncomingMessage, socket: Duplex, head: Buffer, url: URL): Promise<void> {
    const docName = safeDecode(url.pathname.slice(syncPathPrefix.length))
    const access = authorizeDoc(
      this.options.store,
      docName,
      url.searchParams.get('key'),
      url.searchParams.get('token'),
      this.options.checkToken,
    )
    if (!access.ok) return this.refuse(request, socket, head, access.code, access.reason)
    const { grant } = access
    const open = this.perBoard.get(grant.boardId) ?? 0
    if (open >= this.options.limits.maxConnectionsPerBoard) {
      return this.refuse(request, socket, head, CloseCode.TooMany, 'Too many connections')
    }
    // Count the connection now so parallel upgrades cannot overshoot the cap.
    this.perBoard.set(grant.boardId, open + 1)
    let room
    try {
      room = await this.options.registry.open(grant.docName)
    } catch (error) {
      this.release(grant.boardId)
      throw error
    }
    if (socket.destroyed) {
      this.release(grant.boardId)
      return
    }
    this.wss.handleUpgrade(request, socket, head, (ws: WebSocket) => {
      const connection = new SyncConnection(ws, grant, room, {
        maxMessageBytes: this.options.limits.maxMessageBytes,
        maxMessagesPerSecond: this.options.limits.maxMessagesPerSecond,
        canWrite: this.options.canWrite,
        canShowPresence: this.options.canShowPresence,
        onClose: (closed) => {
          this.connections.delete(closed)
          this.release(grant.boardId)
          this.options.registry.scheduleIdleCheck(grant.docName)
          this.options.onConnectionClosed?.(grant)
        },
      })
      this.connections.add(connection)
      this.options.onConnectionOpened?.(grant)
    })
  }

  private refuse(request: IncomingMessage, socket: Duplex, head: Buffer, code: number, reason: string): void {
    this.wss.handleUpgrade(request, socket, head, (ws) => ws.close(code, reason))
  }

  private release(boardId: string): void {
    const open = (this.perBoard.get(boardId) ?? 1) - 1
    if (open <= 0) this.perBoard.delete(boardId)
    else this.perBoard.set(boardId, open)
  }

  /** Connections of a board (e.g. to re-check write access after a lock). */
  connectionsOfBoard(boardId: string): SyncConnection[] {
    return [...this.connections].filter((c) => c.grant.boardId === boardId)
  }

  /**
   * After editing is allowed again, asks every connection of the board whose
   * updates were dropped to reconnect (1012: a stock y-websocket client
   * reconnects), so a full sync brings its doc and the server's back in step.
   * Connections that dropped nothing are left alone.
   */
  resyncDroppedWriters(boardId: string): void {
    for (const connection of this.connectionsOfBoard(boardId)) {
      if (connection.hasDroppedUpdates && connection.canWrite()) connection.close(1012, 'Editing is back on')
    }
  }

  private checkHeartbeats(): void {
    for (const connection of this.connections) {
      try {
        if (!connection.isAlive) {
          connection.socket.terminate()
          continue
        }
        connection.isAlive = false
        connection.socket.ping()
      } catch (error) {
        console.warn('[wesee] heartbeat failed', error)
      }
    }
  }

  /** Closes every connection and stops the heartbeat. */
  close(): void {
    clearInterval(this.heartbeat)
    for (const connection of this.connections) connection.close(1001, 'Server is restarting')
    this.wss.close()
  }
}

function safeDecode(raw: string): string {
  try {
    return decodeURIComponent(raw)
  } catch {
    return ''
  }
}
