/**
 * The ways a server can be started with the wrong board key secret. Each
 * stops the server in one line that says what to do; none ever shows a
 * secret. (A wrong secret does not fail loudly by itself: links it seals
 * open only on servers with the same one, so people could not join.)
 */

/** The other servers on this PostgreSQL database use another secret. */
export class KeySecretMismatchError extends Error {
  constructor() {
    super(
      'this server’s board key secret is not the one the other WeSee servers on this database use, so links made on one would not open on the other. ' +
        'Copy board-keys.secret from the DATA_DIR of the first server into this server’s DATA_DIR (or give every server the same BOARD_KEY_SECRET), then start again.',
    )
    this.name = 'KeySecretMismatchError'
  }
}

/** BOARD_KEY_SECRET and DATA_DIR/board-keys.secret are both there, and differ. */
export class KeySecretConflictError extends Error {
  constructor() {
    super(
      'BOARD_KEY_SECRET is set, and board-keys.secret in DATA_DIR holds a different secret. ' +
        'Keep one: set BOARD_KEY_SECRET to what the file holds, or move the file away if it was never used.',
    )
    this.name = 'KeySecretConflictError'
  }
}

/** The form of a board key secret: 32 random bytes, as 64 hex characters. */
export function isBoardKeySecret(value: string): boolean {
  return /^[0-9a-fA-F]{64}$/.test(value)
}
