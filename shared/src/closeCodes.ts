/**
 * Every WebSocket close code the sync server sends, in one table: the code,
 * the short reason sent with it (plain words, under 123 bytes), and whether
 * a client should try again. The client's words for each one are in
 * `client/src/text.ts` (`closeReasons`), keyed by the names below, so a new
 * code cannot be added without words for the person.
 */
export const closeCodeTable = {
  /** The server is stopping or restarting. */
  ServerRestarting: { code: 1001, reason: 'The server is restarting', retry: true },
  /** The bytes were not a y-websocket message (standard "invalid payload"). */
  Unreadable: { code: 1007, reason: 'Unreadable message', retry: false },
  /** Something failed on the server (standard "internal error"). */
  ServerError: { code: 1011, reason: 'Server error', retry: true },
  /** Please connect again, so a full sync brings both sides in step (standard "service restart"). */
  ConnectAgain: { code: 1012, reason: 'Please connect again', retry: true },
  /** Missing or wrong key or participant token. */
  Unauthorized: { code: 4401, reason: 'This link does not work', retry: false },
  /** The key is valid but its role may not open this doc. */
  Forbidden: { code: 4403, reason: 'This link cannot open this', retry: false },
  /** No such board or doc, or the board was deleted. */
  NotFound: { code: 4404, reason: 'No such board', retry: false },
  /** The client did not read what the server sent, and too much waited for it. */
  TooSlow: { code: 4408, reason: 'Connection too slow to keep up', retry: true },
  /** A message was bigger than the size limit. */
  TooLarge: { code: 4413, reason: 'Message too large', retry: false },
  /** Too many messages on this connection, or too many connections to one board. */
  TooMany: { code: 4429, reason: 'Too many messages', retry: true },
  /** The board has as many people as it allows. */
  BoardFull: { code: 4430, reason: 'This board is full', retry: true },
  /** This person (token, or address without one) has too many connections to this doc. */
  TooManyOpen: { code: 4431, reason: 'This board is open too many times here', retry: true },
} as const

export type CloseCodeName = keyof typeof closeCodeTable

type CodeOf<N extends CloseCodeName> = (typeof closeCodeTable)[N]['code']

/** Name → code, e.g. `CloseCode.Unauthorized === 4401`. */
export const CloseCode = Object.fromEntries(
  Object.entries(closeCodeTable).map(([name, { code }]) => [name, code]),
) as { readonly [N in CloseCodeName]: CodeOf<N> }

export type CloseCode = (typeof CloseCode)[CloseCodeName]

/** The table's name for a code, or null for a code the server never sends. */
export function closeCodeName(code: number): CloseCodeName | null {
  for (const [name, entry] of Object.entries(closeCodeTable)) {
    if (entry.code === code) return name as CloseCodeName
  }
  return null
}

/** Returns true when `code` is in the table. */
export function isWeSeeCloseCode(code: number): code is CloseCode {
  return closeCodeName(code) !== null
}

/**
 * Whether a client should connect again after this close. Codes outside the
 * table: 44xx means "don't come back", anything else (a dropped network,
 * 1006) is worth another try.
 */
export function shouldRetryAfterClose(code: number): boolean {
  const name = closeCodeName(code)
  if (name) return closeCodeTable[name].retry
  return !(code >= 4400 && code < 4500)
}
