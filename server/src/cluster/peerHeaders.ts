import crypto from 'node:crypto'
import type { IncomingMessage } from 'node:http'

/**
 * Headers one node adds when it hands a request to a board's owner. They
 * are believed only with the cluster's shared secret; from anyone else
 * they are removed before anything reads the request, so a visitor cannot
 * choose the address rate limits count, nor pass for a node.
 */
export const peerHeader = {
  /** The cluster's shared secret (CLUSTER_SECRET). */
  secret: 'x-wesee-cluster-secret',
  /** The client's address as the node it reached worked it out (with TRUST_PROXY). */
  clientAddress: 'x-wesee-client-address',
  /** Which node handed the request on: a request from a node is never handed on again. */
  forwardedBy: 'x-wesee-forwarded-by',
} as const

/** What a request from another node of the cluster tells about its client. */
export interface PeerForward {
  clientAddress: string
  forwardedBy: string
}

/** The headers a node sends with a request it hands on. */
export function peerForwardHeaders(secret: string, forward: PeerForward): Record<string, string> {
  return {
    [peerHeader.secret]: secret,
    [peerHeader.clientAddress]: forward.clientAddress,
    [peerHeader.forwardedBy]: forward.forwardedBy,
  }
}

/**
 * Reads and removes the peer headers of a request. Returns what they say
 * when the secret matches (compared in constant time), else null: the
 * request came from a client, and its own such headers are dropped unread.
 */
export function takePeerForward(request: IncomingMessage, secret: string): PeerForward | null {
  const sent = single(request.headers[peerHeader.secret])
  const clientAddress = single(request.headers[peerHeader.clientAddress])
  const forwardedBy = single(request.headers[peerHeader.forwardedBy])
  for (const name of Object.values(peerHeader)) delete request.headers[name]
  // rawHeaders too, so a request handed on again (or logged) carries none of them.
  request.rawHeaders.splice(0, request.rawHeaders.length, ...withoutPeerHeaders(request.rawHeaders))
  if (sent === undefined || !sameSecret(sent, secret)) return null
  if (!clientAddress || !forwardedBy) return null
  return { clientAddress, forwardedBy }
}

function withoutPeerHeaders(raw: readonly string[]): string[] {
  const names = new Set<string>(Object.values(peerHeader))
  const kept: string[] = []
  for (let i = 0; i + 1 < raw.length; i += 2) {
    if (!names.has(raw[i]!.toLowerCase())) kept.push(raw[i]!, raw[i + 1]!)
  }
  return kept
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? undefined : value
}

function sameSecret(sent: string, secret: string): boolean {
  const a = crypto.createHash('sha256').update(sent).digest()
  const b = crypto.createHash('sha256').update(secret).digest()
  return crypto.timingSafeEqual(a, b)
}
