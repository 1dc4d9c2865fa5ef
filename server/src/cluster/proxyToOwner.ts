import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'

/**
 * A small reverse proxy for handing one request, or one WebSocket upgrade,
 * to the node that owns its board. Written here on node:http rather than
 * taken from a package: it needs only to pass bytes through, set three
 * headers, and tell apart "the owner could not be reached" (so the caller
 * can answer "try again") from a failure half-way.
 */

/** Headers that belong to one hop and are never passed on (RFC 9110 §7.6.1). */
const hopByHop = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'upgrade',
])

/**
 * How a node keeps waiting for an owner's answer only while that owner is
 * alive: one that froze (paused, cut off from the network) may hold a
 * connection open without a word for minutes, long after its lease lapsed
 * and another node could serve the board.
 */
export interface OwnerWatch {
  /** How often to ask. */
  everyMs: number
  /** Whether the owner still holds the board's lease (it renews it while it runs). */
  stillOwner: () => Promise<boolean>
}

/** The owner's lease lapsed before it answered: the request is given up, so the client can try again. */
export class OwnerStoppedAnsweringError extends Error {
  constructor() {
    super('the owner of the board stopped answering and its lease lapsed')
    this.name = 'OwnerStoppedAnsweringError'
  }
}

/** Asks `watch` until stopped; calls `gone` once when the owner no longer holds the lease. */
function watchOwner(watch: OwnerWatch, gone: () => void): () => void {
  let stopped = false
  const timer = setInterval(() => {
    watch.stillOwner().then(
      (alive) => {
        if (!alive && !stopped) gone()
      },
      // The database did not answer: nothing is known, so the wait goes on.
      () => {},
    )
  }, watch.everyMs)
  timer.unref()
  return () => {
    stopped = true
    clearInterval(timer)
  }
}

function endToEnd(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const kept: IncomingHttpHeaders = {}
  for (const [name, value] of Object.entries(headers)) if (!hopByHop.has(name)) kept[name] = value
  return kept
}

function outgoingOptions(request: IncomingMessage, owner: URL, headers: IncomingHttpHeaders) {
  return {
    hostname: owner.hostname,
    port: owner.port || 80,
    method: request.method,
    path: request.url,
    headers,
    // One socket per handed-on request: nothing of one client's stream can reach another's.
    agent: false,
  } satisfies http.RequestOptions
}

/**
 * Hands an HTTP request to the owner and its answer back. Calls
 * `unreachable` (and writes nothing) when the owner does not answer at all.
 */
export function proxyRequest(
  request: IncomingMessage,
  response: ServerResponse,
  owner: URL,
  extraHeaders: Record<string, string>,
  watch: OwnerWatch,
  unreachable: (error: Error) => void,
): void {
  const outgoing = http.request(
    outgoingOptions(request, owner, { ...endToEnd(request.headers), ...extraHeaders }),
  )
  const stopWatching = watchOwner(watch, () => outgoing.destroy(new OwnerStoppedAnsweringError()))
  outgoing.on('response', (incoming) => {
    stopWatching()
    response.writeHead(incoming.statusCode ?? 502, incoming.statusMessage, endToEnd(incoming.headers))
    incoming.pipe(response)
    incoming.on('error', () => response.destroy())
  })
  outgoing.on('error', (error) => {
    stopWatching()
    if (!response.headersSent) unreachable(error)
    else response.destroy(error)
  })
  // The client went away: so does the request to the owner.
  response.on('close', () => {
    stopWatching()
    if (!response.writableFinished) outgoing.destroy()
  })
  request.on('error', () => outgoing.destroy())
  request.pipe(outgoing)
}

/**
 * Hands a WebSocket upgrade to the owner: once the owner switches
 * protocols, the two sockets are joined byte for byte, and when either
 * closes so does the other (a client whose owner died sees its socket
 * close and connects again). An owner that answers with plain HTTP (a 503
 * while it stops) has that answer passed on. Calls `unreachable` when the
 * owner does not answer at all.
 */
export function proxyUpgrade(
  request: IncomingMessage,
  socket: Duplex,
  head: Buffer,
  owner: URL,
  extraHeaders: Record<string, string>,
  watch: OwnerWatch,
  unreachable: (error: Error) => void,
): void {
  const outgoing = http.request(outgoingOptions(request, owner, { ...request.headers, ...extraHeaders }))
  let answered = false
  const stopWatching = watchOwner(watch, () => outgoing.destroy(new OwnerStoppedAnsweringError()))
  const clientGone = () => {
    stopWatching()
    outgoing.destroy()
  }
  socket.once('close', clientGone)
  outgoing.on('upgrade', (incoming, upstream, upstreamHead) => {
    answered = true
    stopWatching()
    socket.off('close', clientGone)
    if (socket.destroyed) {
      upstream.destroy()
      return
    }
    socket.write(
      `HTTP/1.1 101 ${incoming.statusMessage ?? 'Switching Protocols'}\r\n${rawHeaderLines(incoming)}\r\n`,
    )
    if (upstreamHead.length > 0) socket.write(upstreamHead)
    if (head.length > 0) upstream.write(head)
    const closeBoth = () => {
      socket.destroy()
      upstream.destroy()
    }
    upstream.on('error', closeBoth)
    socket.on('error', closeBoth)
    upstream.on('close', closeBoth)
    socket.on('close', closeBoth)
    upstream.pipe(socket)
    socket.pipe(upstream)
  })
  outgoing.on('response', (incoming) => {
    answered = true
    stopWatching()
    socket.off('close', clientGone)
    socket.write(
      `HTTP/1.1 ${incoming.statusCode ?? 502} ${incoming.statusMessage ?? ''}\r\n${rawHeaderLines(incoming)}\r\n`,
    )
    incoming.pipe(socket)
    incoming.on('error', () => socket.destroy())
  })
  outgoing.on('error', (error) => {
    stopWatching()
    if (!answered) unreachable(error)
    else socket.destroy()
  })
  outgoing.end()
}

function rawHeaderLines(incoming: IncomingMessage): string {
  let lines = ''
  for (let i = 0; i + 1 < incoming.rawHeaders.length; i += 2) {
    lines += `${incoming.rawHeaders[i]}: ${incoming.rawHeaders[i + 1]}\r\n`
  }
  return lines
}
