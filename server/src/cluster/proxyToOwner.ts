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
  unreachable: (error: Error) => void,
): void {
  const outgoing = http.request(
    outgoingOptions(request, owner, { ...endToEnd(request.headers), ...extraHeaders }),
  )
  outgoing.on('response', (incoming) => {
    response.writeHead(incoming.statusCode ?? 502, incoming.statusMessage, endToEnd(incoming.headers))
    incoming.pipe(response)
    incoming.on('error', () => response.destroy())
  })
  outgoing.on('error', (error) => {
    if (!response.headersSent) unreachable(error)
    else response.destroy(error)
  })
  // The client went away: so does the request to the owner.
  response.on('close', () => {
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
  unreachable: (error: Error) => void,
): void {
  const outgoing = http.request(outgoingOptions(request, owner, { ...request.headers, ...extraHeaders }))
  let answered = false
  const clientGone = () => outgoing.destroy()
  socket.once('close', clientGone)
  outgoing.on('upgrade', (incoming, upstream, upstreamHead) => {
    answered = true
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
    socket.off('close', clientGone)
    socket.write(
      `HTTP/1.1 ${incoming.statusCode ?? 502} ${incoming.statusMessage ?? ''}\r\n${rawHeaderLines(incoming)}\r\n`,
    )
    incoming.pipe(socket)
    incoming.on('error', () => socket.destroy())
  })
  outgoing.on('error', (error) => {
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
