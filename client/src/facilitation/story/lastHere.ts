/**
 * When this device last had a board open, so a person coming back after a
 * while is told what happened since. Kept only on a person's own device: a
 * shared computer keeps nothing about who was where.
 */
const storageKey = 'wesee:last-here'

function read(): Record<string, number> {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '{}')
    return typeof stored === 'object' && stored !== null ? (stored as Record<string, number>) : {}
  } catch {
    return {}
  }
}

export function lastHere(boardId: string): number | null {
  const at = read()[boardId]
  return typeof at === 'number' && Number.isFinite(at) ? at : null
}

export function markHere(boardId: string, at = Date.now()): void {
  try {
    localStorage.setItem(storageKey, JSON.stringify({ ...read(), [boardId]: at }))
  } catch {
    // Storage full or blocked: the story is then offered as to a newcomer.
  }
}
