import type { IncomingMessage } from 'node:http'

/** Express's compiled `trust proxy` function (`app.get('trust proxy fn')`). */
export type TrustProxy = (address: string, hop: number) => boolean

/**
 * The client's address as express computes `req.ip`, for requests that
 * never reach express (WebSocket upgrades): walk X-Forwarded-For from the
 * right, past the proxies TRUST_PROXY trusts, and stop at the first address
 * that is not one. With no trust, it is the socket's own address, so a
 * client cannot choose it.
 */
export function clientAddress(request: IncomingMessage, trust: TrustProxy): string {
  const socketAddress = request.socket.remoteAddress ?? 'unknown'
  const header = request.headers['x-forwarded-for']
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean)
    .reverse()
  const chain = [socketAddress, ...forwarded]
  for (let hop = 0; hop < chain.length - 1; hop++) {
    if (!trust(chain[hop]!, hop)) return chain[hop]!
  }
  return chain[chain.length - 1]!
}
