import { isWellFormedId, parseDocName } from '@wesee/shared'

/** Board routes that are not about one board (`POST /api/boards`, `POST /api/boards/import`). */
const notBoardIds = new Set(['import'])

/**
 * The board a request is about, from its path, or null when it is about no
 * one board (creating a board, a join code, a picture by hash, health):
 * those any node serves from the shared store. Everything that reads or
 * writes a board's docs names the board in its path, so it can be handed
 * to the board's owner before anything else is read.
 */
export function boardOfRequest(rawUrl: string | undefined): string | null {
  const pathname = safePathname(rawUrl)
  if (pathname === null) return null
  if (pathname.startsWith('/sync/')) {
    const doc = parseDocName(safeDecode(pathname.slice('/sync/'.length)))
    return doc?.boardId ?? null
  }
  // Case-blind, as express's routes are: `/API/BOARDS/<id>/...` reaches the same route, and must reach the same node.
  const board = /^\/api\/boards\/([^/]+)(?:\/|$)/i.exec(pathname)
  if (!board) return null
  const boardId = safeDecode(board[1]!)
  return isWellFormedId(boardId) && !notBoardIds.has(boardId.toLowerCase()) ? boardId : null
}

function safePathname(rawUrl: string | undefined): string | null {
  try {
    return new URL(rawUrl ?? '/', 'http://node.invalid').pathname
  } catch {
    return null
  }
}

function safeDecode(raw: string): string {
  try {
    return decodeURIComponent(raw)
  } catch {
    return ''
  }
}
