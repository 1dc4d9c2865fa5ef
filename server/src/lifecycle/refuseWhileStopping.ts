import type { ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'

/** What anyone reaching the server while it stops is told (plain words: a browser may show it). */
export const serverStoppingText = 'The server is restarting. Try again in a moment.'

/** Seconds a client is asked to wait before trying again. */
const retryAfterSeconds = 5

/** Answers an HTTP request that arrives during a stop with 503, and closes its connection. */
export function refuseRequestWhileStopping(res: ServerResponse): void {
  res.writeHead(503, {
    Connection: 'close',
    'Retry-After': String(retryAfterSeconds),
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(serverStoppingText),
  })
  res.end(serverStoppingText)
}

/** The same 503 on the raw socket of a WebSocket upgrade (there is no response object yet). */
export function refuseUpgradeWhileStopping(socket: Duplex): void {
  socket.end(
    'HTTP/1.1 503 Service Unavailable\r\n' +
      'Connection: close\r\n' +
      `Retry-After: ${retryAfterSeconds}\r\n` +
      'Content-Type: text/plain; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(serverStoppingText)}\r\n\r\n` +
      serverStoppingText,
  )
}
