import type { Role } from '@wesee/shared'

/** A board this browser has made or opened, kept so people can find it again. */
export interface RememberedBoard {
  id: string
  title: string
  role: Role
  key: string
  lastOpenedAt: number
}

const storageKey = 'wesee.boards'

/** The remembered boards, most recently opened first. */
export function rememberedBoards(): RememberedBoard[] {
  try {
    const raw = localStorage.getItem(storageKey)
    const parsed: unknown = raw ? JSON.parse(raw) : []
    if (!Array.isArray(parsed)) return []
    return parsed.filter(isRememberedBoard).sort((a, b) => b.lastOpenedAt - a.lastOpenedAt)
  } catch {
    return []
  }
}

/**
 * Remembers that this browser opened a board with a role. A stronger role is
 * never replaced by a weaker one (a facilitator who opens the viewer link
 * keeps their facilitator key).
 */
export function rememberBoard(board: Omit<RememberedBoard, 'lastOpenedAt'>): void {
  const strength: Record<Role, number> = { facilitator: 3, participant: 2, viewer: 1 }
  const boards = rememberedBoards()
  const existing = boards.find((b) => b.id === board.id)
  const keep = existing && strength[existing.role] > strength[board.role] ? existing : board
  const updated: RememberedBoard = { ...keep, title: board.title, lastOpenedAt: Date.now() }
  const rest = boards.filter((b) => b.id !== board.id)
  try {
    localStorage.setItem(storageKey, JSON.stringify([updated, ...rest].slice(0, 200)))
  } catch {
    // Storage may be full or blocked (private mode); the board still works.
  }
}

function isRememberedBoard(value: unknown): value is RememberedBoard {
  if (typeof value !== 'object' || value === null) return false
  const b = value as Record<string, unknown>
  return (
    typeof b.id === 'string' &&
    typeof b.title === 'string' &&
    typeof b.key === 'string' &&
    typeof b.lastOpenedAt === 'number' &&
    (b.role === 'facilitator' || b.role === 'participant' || b.role === 'viewer')
  )
}

/** Takes a board off this browser's list (it was deleted, or the person no longer wants it there). */
export function forgetBoard(id: string): void {
  try {
    localStorage.setItem(storageKey, JSON.stringify(rememberedBoards().filter((board) => board.id !== id)))
  } catch {
    // Storage may be blocked; the list simply stays as it was.
  }
}
