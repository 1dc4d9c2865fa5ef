/**
 * What this browser knows while it replaces its own link to run the board.
 * The server takes every socket with the old facilitator key off the board,
 * this browser's own too, and may say so before the answer with the new key
 * arrives: the page must not show "This link does not work any more" to the
 * person who just made the new one. Both facts live in memory only: the new
 * link is shown once, and a reload shows it no more.
 */
const replacing = new Set<string>()
const toShow = new Map<string, string>()

const keyOf = (boardId: string, oldKey: string) => `${boardId}#${oldKey}`

/** From just before the request: refusals for this old key are expected. (The old key never works again.) */
export function startReplacingOwnLink(boardId: string, oldKey: string): void {
  replacing.add(keyOf(boardId, oldKey))
}

/** The request failed: the old key still works, so its refusals mean something again. */
export function stopReplacingOwnLink(boardId: string, oldKey: string): void {
  replacing.delete(keyOf(boardId, oldKey))
}

export function isReplacingOwnLink(boardId: string, key: string): boolean {
  return replacing.has(keyOf(boardId, key))
}

/** The new link, for the board page that opens with it to show once. */
export function keepNewOwnLinkToShow(boardId: string, link: string): void {
  toShow.set(boardId, link)
}

export function newOwnLinkToShow(boardId: string): string | null {
  return toShow.get(boardId) ?? null
}

/** Shown and closed: never again. */
export function forgetNewOwnLink(boardId: string): void {
  toShow.delete(boardId)
}
