/** The pages of the app, read from the address bar. */
export type Route =
  | { page: 'home' }
  | { page: 'about' }
  | { page: 'board'; boardId: string; key: string | null }
  | { page: 'projector'; boardId: string; key: string | null }
  | { page: 'updates'; boardId: string; key: string | null }
  | { page: 'not-found' }

/** Reads a route from a location. The key travels in the fragment (`#key=…`), never to the server's logs. */
export function parseRoute(location: Pick<Location, 'pathname' | 'hash'>): Route {
  const key = new URLSearchParams(location.hash.replace(/^#/, '')).get('key')
  if (location.pathname === '/' || location.pathname === '') return { page: 'home' }
  if (/^\/about\/?$/.test(location.pathname)) return { page: 'about' }
  const board = /^\/b\/([A-Za-z0-9_-]{1,64})\/?$/.exec(location.pathname)
  if (board?.[1]) return { page: 'board', boardId: board[1], key }
  const projector = /^\/b\/([A-Za-z0-9_-]{1,64})\/projector\/?$/.exec(location.pathname)
  if (projector?.[1]) return { page: 'projector', boardId: projector[1], key }
  const updates = /^\/b\/([A-Za-z0-9_-]{1,64})\/updates\/?$/.exec(location.pathname)
  if (updates?.[1]) return { page: 'updates', boardId: updates[1], key }
  return { page: 'not-found' }
}

/** The in-app path of a board for a key. */
export function boardPath(boardId: string, key: string): string {
  return `/b/${boardId}#key=${key}`
}

/** The "You said, we did" update page for a key (the view-only key, to share with people who took part). */
export function updatesPath(boardId: string, key: string): string {
  return `/b/${boardId}/updates#key=${key}`
}
