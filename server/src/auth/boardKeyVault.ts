import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * How board keys are kept at rest (see docs/security.md, "What is stored where"):
 *
 * - The facilitator key is stored only as a SHA-256 hash (`sha256:<hex>`),
 *   like participant tokens: 190 random bits need no slow hash. The server
 *   can check it but never show it again; a new board shows it once.
 * - The participant and viewer keys are sealed (AES-256-GCM, `sealed1:…`)
 *   with a secret kept in `DATA_DIR/board-keys.secret`, not in the database.
 *   They must stay readable: the join code answers with the participant
 *   link, and the facilitator's invite panel and projector show both. A copy
 *   of the database file alone holds no working key.
 */
const hashPrefix = 'sha256:'
const sealedPrefix = 'sealed1:'
const secretFile = 'board-keys.secret'

export function hashBoardKey(key: string): string {
  return hashPrefix + createHash('sha256').update(key).digest('hex')
}

/** Whether `key` hashes to `storedHash`, in constant time. */
export function boardKeyMatchesHash(key: string, storedHash: string): boolean {
  const given = Buffer.from(hashBoardKey(key))
  const stored = Buffer.from(storedHash)
  return given.length === stored.length && timingSafeEqual(given, stored)
}

export function isHashedBoardKey(stored: string): boolean {
  return stored.startsWith(hashPrefix)
}

export function isSealedBoardKey(stored: string): boolean {
  return stored.startsWith(sealedPrefix)
}

/** Thrown when a board's links must be sealed but the store was opened without the board key secret. */
export class BoardKeysUnavailableError extends Error {
  constructor() {
    super(
      'This server cannot store board links: it was started without the board key secret (board-keys.secret in DATA_DIR).',
    )
    this.name = 'BoardKeysUnavailableError'
  }
}

export class BoardKeyVault {
  private readonly secret: Buffer

  /** Reads the secret from `dataDir`, or makes one (readable by the server's user only) the first time. */
  constructor(dataDir: string) {
    const file = path.join(dataDir, secretFile)
    try {
      fs.writeFileSync(file, randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const secret = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex')
    if (secret.length !== 32) throw new Error(`${file} is not a WeSee key secret (64 hex characters)`)
    this.secret = secret
  }

  seal(key: string): string {
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', this.secret, iv)
    const sealed = Buffer.concat([cipher.update(key, 'utf8'), cipher.final()])
    return sealedPrefix + Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url')
  }

  /**
   * The key inside a sealed value, or '' when it cannot be opened (the
   * database was moved without its secret file). An empty key matches no
   * link, so the board stays safe; the facilitator can make new links.
   */
  open(stored: string): string {
    if (!isSealedBoardKey(stored)) return ''
    try {
      const bytes = Buffer.from(stored.slice(sealedPrefix.length), 'base64url')
      const decipher = createDecipheriv('aes-256-gcm', this.secret, bytes.subarray(0, 12))
      decipher.setAuthTag(bytes.subarray(12, 28))
      return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8')
    } catch {
      return ''
    }
  }
}
