/**
 * WebSocket close codes the sync server uses when it refuses or ends a
 * connection. The client switches on these to tell people what happened.
 */
export const CloseCode = {
  /** Missing or wrong key or participant token. */
  Unauthorized: 4401,
  /** The key is valid but its role may not open this doc. */
  Forbidden: 4403,
  /** No such board or doc. */
  NotFound: 4404,
  /** A message was bigger than the size limit. */
  TooLarge: 4413,
  /** Too many messages, or too many connections to one board. */
  TooMany: 4429,
} as const

export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode]

/** Returns true when `code` is one of WeSee's own close codes. */
export function isWeSeeCloseCode(code: number): code is CloseCode {
  return (Object.values(CloseCode) as number[]).includes(code)
}
