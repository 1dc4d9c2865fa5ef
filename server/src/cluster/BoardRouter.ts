import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer } from 'ws'
import { closeCodeTable, type CloseCodeName } from '@wesee/shared'
import { boardOfRequest } from './boardOfRequest.ts'
import type { LeaseKeeper } from './LeaseKeeper.ts'
import { peerForwardHeaders, takePeerForward } from './peerHeaders.ts'
import { proxyRequest, proxyUpgrade, type OwnerWatch } from './proxyToOwner.ts'
import { logger } from '../logging/logger.ts'

export interface BoardRouterOptions {
  keeper: LeaseKeeper
  /** The cluster's shared secret: what makes a request another node's. */
  secret: string
  /** The client's address as this node works it out (TRUST_PROXY), for a request it hands on. */
  clientAddress: (request: IncomingMessage) => string
  /** Whether a board exists in the shared store: no lease is taken for a board that does not. */
  boardExists: (boardId: string) => boolean | Promise<boolean>
}

/** What a client is told when its board's owner cannot be reached right now (it died; its lease has not lapsed yet). */
export const ownerUnreachableText = 'This board is moving to another server. Try again in a moment.'

/** Long enough for a dead owner's lease to lapse, short enough to feel like a blink. */
const retryAfterSeconds = 2

/**
 * Sends every request about a board to the board's one owner. Any node
 * accepts any request: one about no board, or about a board this node
 * owns (or can take, because nobody owns it), is served here; one about a
 * board another live node owns is handed to that node with the client's
 * address in a header only nodes are believed about (peerHeaders). A
 * request that came from another node is never handed on again, so two
 * nodes that disagree for a moment cannot pass it back and forth.
 */
export class BoardRouter {
  /** The client address that another node vouched for, per request. */
  private readonly vouched = new WeakMap<IncomingMessage, string>()
  /** Only to complete a handshake and close it at once with a code a client understands. */
  private readonly refusals = new WebSocketServer({ noServer: true })
  /** Client sockets joined to an owner's: a stopping node cuts them, so their clients reconnect elsewhere. */
  private readonly forwardedSockets = new Set<Duplex>()

  constructor(private readonly options: BoardRouterOptions) {}

  /** The client's address as another node vouched for it, when this request came from one. */
  vouchedAddress(request: IncomingMessage): string | undefined {
    return this.vouched.get(request)
  }

  handleRequest(
    request: IncomingMessage,
    response: ServerResponse,
    serve: (request: IncomingMessage, response: ServerResponse) => void,
  ): void {
    const fromPeer = this.readPeer(request)
    if (fromPeer) {
      // express's req.ip, so every rate limit counts the client, not the node that handed it on.
      Object.defineProperty(request, 'ip', { value: fromPeer, configurable: true, enumerable: true })
    }
    void this.route(request, Boolean(fromPeer)).then(
      (route) => {
        if (route.kind === 'here') return serve(request, response)
        if (route.kind === 'moving') return refuseRequest(response)
        proxyRequest(request, response, route.owner, route.headers, route.watch, () =>
          refuseRequest(response),
        )
      },
      (error: unknown) => {
        logger.error({ err: error }, 'could not find the owner of a board')
        refuseRequest(response)
      },
    )
  }

  handleUpgrade(
    request: IncomingMessage,
    socket: Duplex,
    head: Buffer,
    serve: (request: IncomingMessage, socket: Duplex, head: Buffer) => void,
  ): void {
    const fromPeer = this.readPeer(request)
    socket.on('error', () => socket.destroy())
    void this.route(request, Boolean(fromPeer)).then(
      (route) => {
        if (route.kind === 'here') return serve(request, socket, head)
        if (route.kind === 'moving') return this.refuseUpgrade(request, socket, head)
        this.forwardedSockets.add(socket)
        socket.once('close', () => this.forwardedSockets.delete(socket))
        proxyUpgrade(request, socket, head, route.owner, route.headers, route.watch, () =>
          this.refuseUpgrade(request, socket, head),
        )
      },
      (error: unknown) => {
        logger.error({ err: error }, 'could not find the owner of a board')
        this.refuseUpgrade(request, socket, head)
      },
    )
  }

  private readPeer(request: IncomingMessage): string | null {
    const forward = takePeerForward(request, this.options.secret)
    if (!forward) return null
    this.vouched.set(request, forward.clientAddress)
    return forward.clientAddress
  }

  private async route(
    request: IncomingMessage,
    fromPeer: boolean,
  ): Promise<
    | { kind: 'here' }
    | { kind: 'moving' }
    | { kind: 'owner'; owner: URL; headers: Record<string, string>; watch: OwnerWatch }
  > {
    const boardId = boardOfRequest(request.url)
    // Not about one board, or about none that exists (this node answers 404 as usual).
    if (!boardId || !(await this.options.boardExists(boardId))) return { kind: 'here' }
    const claim = await this.options.keeper.claim(boardId)
    if ('held' in claim) return { kind: 'here' }
    // Handed here by a node that thought this one the owner: never on again.
    if (fromPeer) return { kind: 'moving' }
    const { keeper } = this.options
    const { ownedBy } = claim
    return {
      kind: 'owner',
      owner: new URL(ownedBy.address),
      headers: peerForwardHeaders(this.options.secret, {
        clientAddress: this.options.clientAddress(request),
        forwardedBy: this.options.keeper.nodeId,
      }),
      // A live owner renews its lease several times a lease; one that lets it lapse is not coming back to this request.
      watch: {
        everyMs: keeper.leaseMs,
        stillOwner: () => keeper.stillOwned(boardId, ownedBy.token),
      },
    }
  }

  /** Completes the handshake only to close at once with "connect again": a stock client does, after its back-off. */
  private refuseUpgrade(
    request: IncomingMessage,
    socket: Duplex,
    head: Buffer,
    name: CloseCodeName = 'ConnectAgain',
  ): void {
    if (socket.destroyed) return
    const { code, reason } = closeCodeTable[name]
    try {
      this.refusals.handleUpgrade(request, socket, head, (ws) => ws.close(code, reason))
    } catch {
      socket.destroy()
    }
  }

  /**
   * The start of a stop: the WebSockets this node passes through to owners
   * are cut (the owners keep every stored update; each client reconnects
   * through another node and syncs what it has), so none holds the stop up.
   */
  cutForwardedSockets(): void {
    for (const socket of this.forwardedSockets) socket.destroy()
    this.forwardedSockets.clear()
  }

  close(): void {
    this.cutForwardedSockets()
    this.refusals.close()
  }
}

/** 503 with Retry-After: the client (or the load balancer) tries again, and by then the board has an owner. */
function refuseRequest(response: ServerResponse): void {
  if (response.headersSent) {
    response.destroy()
    return
  }
  response.writeHead(503, {
    Connection: 'close',
    'Retry-After': String(retryAfterSeconds),
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(ownerUnreachableText),
  })
  response.end(ownerUnreachableText)
}
