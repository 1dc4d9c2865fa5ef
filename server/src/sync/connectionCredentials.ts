import type { IncomingMessage } from 'node:http'

/**
 * The sub-protocol a WeSee client asks for. It also offers `key.<key>` and
 * `token.<token>` as "protocols", so the secrets travel in the
 * `Sec-WebSocket-Protocol` header, which proxies do not log, instead of the
 * URL, which they do. The server answers with this one name only.
 */
export const weseeSubprotocol = 'wesee'

const keyPrefix = 'key.'
const tokenPrefix = 'token.'

export interface ConnectionCredentials {
  key: string | null
  token: string | null
}

/**
 * The key and participant token of an upgrade request: from the
 * `Sec-WebSocket-Protocol` header when it carries them, else from
 * `?key=&token=` (stock y-websocket clients, and the documented contract).
 */
export function connectionCredentials(request: IncomingMessage, url: URL): ConnectionCredentials {
  const offered = offeredProtocols(request)
  const fromHeader = (prefix: string) =>
    offered.find((p) => p.startsWith(prefix))?.slice(prefix.length) || null
  return {
    key: fromHeader(keyPrefix) ?? url.searchParams.get('key'),
    token: fromHeader(tokenPrefix) ?? url.searchParams.get('token'),
  }
}

/** The protocols a client offered, in order. */
export function offeredProtocols(request: IncomingMessage): string[] {
  const header = request.headers['sec-websocket-protocol']
  if (!header) return []
  return String(header)
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
}

/**
 * For ws's `handleProtocols`: pick `wesee` when offered. A client that
 * offers protocols but gets none back fails the handshake in a browser, so
 * with any other offer we pick nothing and the client decides.
 */
export function selectProtocol(protocols: Set<string>): string | false {
  return protocols.has(weseeSubprotocol) ? weseeSubprotocol : false
}
