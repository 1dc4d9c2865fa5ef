import { createHash, timingSafeEqual } from 'node:crypto'
import { customAlphabet, nanoid } from 'nanoid'
import { joinCodeAlphabet, joinCodeLength, Role } from '@wesee/shared'
import type { BoardRow } from '../storage/BoardStore.ts'
import { boardKeyMatchesHash, hashBoardKey } from './boardKeyVault.ts'

/** A new board id: 21 URL-safe characters, about 126 bits of randomness. */
export function newBoardId(): string {
  return nanoid(21)
}

/** A new secret key: 32 URL-safe characters, about 190 bits. */
export function newKey(): string {
  return nanoid(32)
}

/** The three keys of a new board: the facilitator's plain (to show once) and hashed (to store). */
export function newBoardKeys(): Pick<BoardRow, 'facilitatorKeyHash' | 'participantKey' | 'viewerKey'> & {
  facilitatorKey: string
} {
  const facilitatorKey = newKey()
  return {
    facilitatorKey,
    facilitatorKeyHash: hashBoardKey(facilitatorKey),
    participantKey: newKey(),
    viewerKey: newKey(),
  }
}

export const newJoinCode = customAlphabet(joinCodeAlphabet, joinCodeLength)

/**
 * Compares two secrets in constant time. Both sides are hashed first so the
 * comparison does not leak the length of the real key either.
 */
export function secretsMatch(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest()
  const b = createHash('sha256').update(expected).digest()
  return timingSafeEqual(a, b)
}

/** The role a key gives on a board, or null when it is none of the board's keys. */
export function roleForKey(board: BoardRow, key: string | null | undefined): Role | null {
  if (!key) return null
  // Check all three every time so timing does not say which role a key is near.
  const facilitator = boardKeyMatchesHash(key, board.facilitatorKeyHash)
  const participant = secretsMatch(key, board.participantKey)
  const viewer = secretsMatch(key, board.viewerKey)
  if (facilitator) return Role.Facilitator
  if (participant) return Role.Participant
  if (viewer) return Role.Viewer
  return null
}
