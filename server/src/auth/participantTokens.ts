import { createHash } from 'node:crypto'
import { nanoid } from 'nanoid'

/** A participant's secret token: 32 URL-safe characters. */
export function newParticipantToken(): string {
  return nanoid(32)
}

/** A new participant id (not secret: it appears in the control doc). */
export function newParticipantId(): string {
  return nanoid(16)
}

/**
 * Tokens are stored only as SHA-256 hashes: a leaked database does not let
 * anyone act as a participant. A plain hash is enough for 190-bit random tokens.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}
