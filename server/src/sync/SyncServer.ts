import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type WebSocket } from 'ws'
import {
  closeCodeTable,
  parseDocName,
  type CloseCodeName,
  type Limits,
  type PresenceIdentity,
} from '@wesee/shared'
import { authorizeDoc, type DocGrant, type ParticipantTokenCheck } from '../auth/docAccess.ts'
import { refuseUpgradeWhileStopping } from '../lifecycle/refuseWhileStopping.ts'
import type { RoomRegistry } from '../rooms/RoomRegistry.ts'
import type { BoardStore } from '../storage/BoardStore.ts'
import { connectionCredentials, selectProtocol } from './connectionCredentials.ts'
import { ConnectionCounts, personKey } from './ConnectionCounts.ts'
import { SyncConnection } from './SyncConnection.ts'
import { logger } from '../logging/logger.ts'

export const syncPathPrefix = '/sync/'

export interface SyncServerOptions {
  store: BoardStore
  registry: RoomRegistry
  limits: Limits
  heartbeatMs: number
  checkToken: ParticipantTokenCheck
  canWrite: (grant: DocGrant) => boolean
  /** Who a connection's presence speaks for (null: it may show none). */
  presenceIdentity: (grant: DocGrant, connection: SyncConnection) => PresenceIdentity | null
  /**
   * The client's address for per-address counts, with the same proxy trust
   * as the HTTP rate limits (TRUST_PROXY). Defaults to the socket's address.
   */
  clientAddress?: (request: IncomingMessage) => string
  /** Told when an authorised connection opens and closes (who is here now). */
  onConnectionOpened?: (grant: DocGrant) => void
  onConnectionClosed?: (grant: DocGrant) => void
}

/**
 * Accepts y-websocket connections on `/sync/<docName>`, with the key and
 * token in the `Sec-WebSocket-Protocol` header (the WeSee client) or in
 * `?key=…&token=…` (stock clients).
 * Authorisation runs before the upgrade is handled; a refused client gets a
 * socket that is closed at once with a code from `shared`, so browsers can
 * tell the person why.
 */
export class SyncServer {
  private readonly wss: WebSocketServer
  private readonly connections = new Set<SyncConnection>()
  /** How many times each board's links have been replaced (see keyChangeStarting). */
  private readonly keyChanges = new Map<string, number>()
  private readonly counts: ConnectionCounts
  private readonly heartbeat: NodeJS.Timeout
  /** False once a stop begins: new sockets are turned away. */
  private accepting = true

  constructor(private readonly options: SyncServerOptions) {
    // ws closes a frame over maxPayload itself, with 1009. We let frames up to
    // four times the limit through so we can answer with our own 4413 code;
    // anything bigger still gets ws's hard stop.
    this.wss = new WebSocketServer({
      noServer: true,
      maxPayload: options.limits.maxMessageBytes * 4,
      perMessageDeflate: false,
      handleProtocols: selectProtocol,
    })
    this.counts = new ConnectionCounts(options.limits)
    this.heartbeat = setInterval(() => this.checkHeartbeats(), options.heartbeatMs)
    this.heartbeat.unref()
  }

  /** All open connections (for metrics and tests). */
  get connectionCount(): number {
    return this.connections.size
  }

  /** Open connections per kind of doc (for metrics). */
  connectionsByDocKind(): Record<DocGrant['doc']['kind'], number> {
    const counts = { content: 0, control: 0, private: 0, facilitator: 0 }
    for (const connection of this.connections) counts[connection.grant.doc.kind]++
    return counts
  }

  /** Handles an HTTP upgrade request; returns false when the path is not ours. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const url = new URL(request.url ?? '/', 'http://localhost')
    if (!url.pathname.startsWith(syncPathPrefix)) return false
    socket.on('error', () => socket.destroy())
    if (!this.accepting) {
      refuseUpgradeWhileStopping(socket)
      return true
    }
    void this.upgrade(request, socket, head, url).catch((error: unknown) => {
      logger.error({ err: error }, 'upgrade failed')
      socket.destroy()
    })
    return true
  }

  private async upgrade(request: IncomingMessage, socket: Duplex, head: Buffer, url: URL): Promise<void> {
    const docName = safeDecode(url.pathname.slice(syncPathPrefix.length))
    const { key, token } = connectionCredentials(request, url)
    const keyChangesBefore = this.keyChangesOf(parseDocName(docName)?.boardId)
    const access = await authorizeDoc(this.options.store, docName, key, token, this.options.checkToken)
    if (!access.ok) return this.refuse(request, socket, head, access.code)
    const { grant } = access
    const address = this.options.clientAddress?.(request) ?? request.socket.remoteAddress ?? 'unknown'
    // Counted now, before any await, so parallel upgrades cannot overshoot the caps.
    const admission = this.counts.admit(grant, personKey(grant, address))
    if (!admission.ok) return this.refuse(request, socket, head, admission.refusal)
    let room
    try {
      room = await this.options.registry.open(grant.docName)
    } catch (error) {
      admission.release()
      throw error
    }
    if (socket.destroyed) {
      admission.release()
      return
    }
    if (!this.accepting) {
      // The stop began while the doc loaded: a stock client comes back after a restart close.
      admission.release()
      return this.refuse(request, socket, head, 'ServerRestarting')
    }
    this.wss.handleUpgrade(request, socket, head, (ws: WebSocket) => {
      const connection = new SyncConnection(ws, grant, room, {
        maxMessageBytes: this.options.limits.maxMessageBytes,
        maxMessagesPerSecond: this.options.limits.maxMessagesPerSecond,
        maxBufferedBytes: this.options.limits.maxBufferedBytes,
        maxSyncStep1: this.options.limits.maxSyncStep1PerConnection,
        canWrite: this.options.canWrite,
        presenceIdentity: this.options.presenceIdentity,
        onClose: (closed) => {
          this.connections.delete(closed)
          admission.release()
          this.options.registry.scheduleIdleCheck(grant.docName)
          this.options.onConnectionClosed?.(grant)
        },
      })
      this.connections.add(connection)
      this.options.onConnectionOpened?.(grant)
      // A link was replaced while this socket was being checked: check it again against the stored keys.
      if (this.keyChangesOf(grant.boardId) !== keyChangesBefore) {
        void authorizeDoc(this.options.store, docName, key, token, this.options.checkToken)
          .then((again) => {
            if (!again.ok) connection.closeAs('Unauthorized')
          })
          .catch(() => connection.closeAs('Unauthorized'))
      }
    })
  }

  /**
   * A board's link is about to be replaced. Sockets open by then are closed
   * by the caller once the new key is stored; a socket checked against the
   * old key in the meantime sees this count change and is checked again.
   */
  keyChangeStarting(boardId: string): void {
    this.keyChanges.set(boardId, this.keyChangesOf(boardId) + 1)
  }

  private keyChangesOf(boardId: string | undefined): number {
    return boardId === undefined ? 0 : (this.keyChanges.get(boardId) ?? 0)
  }

  /** Completes the handshake only to close at once with a code from the table, so a browser sees why. */
  private refuse(request: IncomingMessage, socket: Duplex, head: Buffer, name: CloseCodeName): void {
    const { code, reason } = closeCodeTable[name]
    this.wss.handleUpgrade(request, socket, head, (ws) => ws.close(code, reason))
  }

  /** Different people connected to a board now (for tests and metrics). */
  peopleOn(boardId: string): number {
    return this.counts.peopleOn(boardId)
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
      if (connection.hasDroppedUpdates && connection.canWrite()) connection.closeAs('ConnectAgain')
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
        logger.warn({ err: error, doc: connection.grant.docName }, 'heartbeat failed')
      }
    }
  }

  /**
   * The socket half of a graceful stop: turns new sockets away, tells every
   * client the server is restarting (their providers connect again), and
   * waits until each socket has finished closing. Until then a socket still
   * delivers what its client sent before it heard the close, and every such
   * update is stored as usual. A socket still open after `graceMs` is cut.
   */
  async drain(graceMs: number): Promise<void> {
    this.accepting = false
    clearInterval(this.heartbeat)
    const sockets = [...this.connections].map((connection) => connection.socket)
    const allClosed = Promise.all(sockets.map(socketClosed))
    for (const connection of [...this.connections]) connection.closeAs('ServerRestarting')
    let timer: NodeJS.Timeout | undefined
    const graceOver = new Promise<'cut'>((resolve) => {
      timer = setTimeout(() => resolve('cut'), graceMs)
    })
    const outcome = await Promise.race([allClosed, graceOver])
    clearTimeout(timer)
    if (outcome === 'cut') {
      for (const socket of sockets) socket.terminate()
      await allClosed
    }
    this.wss.close()
  }
}

/** Resolves once a socket has emitted 'close' (at once if it already has). */
function socketClosed(socket: WebSocket): Promise<void> {
  if (socket.readyState === socket.CLOSED) return Promise.resolve()
  return new Promise((resolve) => socket.once('close', () => resolve()))
}

function safeDecode(raw: string): string {
  try {
    return decodeURIComponent(raw)
  } catch {
    return ''
  }
}
