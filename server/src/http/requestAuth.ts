import type { Request } from 'express'
import { ErrorReason, type Role } from '@wesee/shared'
import { roleForKey } from '../auth/secrets.ts'
import type { BoardRow, BoardStore } from '../storage/BoardStore.ts'
import { ApiError } from './ApiError.ts'

/** The bearer token of a request, if any. */
export function bearerKey(req: Request): string | null {
  const header = req.get('authorization')
  if (!header) return null
  const match = /^Bearer\s+(\S+)$/i.exec(header)
  return match?.[1] ?? null
}

/**
 * Finds the board of `:id` and the caller's role on it. Unknown board → 404;
 * no or wrong key → 401.
 */
export async function requireBoardRole(
  store: BoardStore,
  req: Request,
): Promise<{ board: BoardRow; role: Role }> {
  const id = req.params.id
  const board = typeof id === 'string' ? await store.boards.getBoard(id) : null
  if (!board) throw ApiError.because(ErrorReason.BoardNotFound)
  const key = bearerKey(req)
  if (!key) throw ApiError.because(ErrorReason.KeyMissing)
  const role = roleForKey(board, key)
  if (!role) throw ApiError.because(ErrorReason.WrongKey)
  return { board, role }
}
