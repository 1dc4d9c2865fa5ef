import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { isBoardKeySecret, KeySecretConflictError } from './keySecretErrors.ts'

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
 *   of the database file alone holds no working key. The secret can come
 *   from BOARD_KEY_SECRET instead, so containers need no shared file.
 * - PostgreSQL keeps the secret's fingerprint (an HMAC of a fixed label,
 *   which does not give the secret away), so every server on one database
 *   is sure to use the same secret (postgres/keySecretFingerprint.ts).
 */
const hashPrefix = 'sha256:'
const sealedPrefix = 'sealed1:'
const secretFile = 'board-keys.secret'
/** What the fingerprint is an HMAC of. Fixed: changing it would refuse every server already running. */
const fingerprintLabel = 'WeSee board key secret fingerprint 1'

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

/** Seals a participant or viewer key, or refuses plainly when this store was opened without the secret (the command-line tools). */
export function sealBoardKey(vault: BoardKeyVault | null, key: string): string {
  if (!vault) throw new BoardKeysUnavailableError()
  return vault.seal(key)
}

export class BoardKeyVault {
  private readonly secret: Buffer

  /**
   * Uses `secret` (BOARD_KEY_SECRET, 64 hex characters) when given; else
   * reads the secret from `dataDir`, or makes one (readable by the server's
   * user only) the first time. A file beside a given secret must hold the
   * same one: two secrets for one server would be a silent mistake.
   */
  constructor(dataDir: string, { secret = null }: { secret?: string | null } = {}) {
    const file = path.join(dataDir, secretFile)
    if (secret !== null) {
      if (!isBoardKeySecret(secret)) throw new Error('BOARD_KEY_SECRET must be 64 hex characters')
      this.secret = Buffer.from(secret, 'hex')
      const onDisk = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().toLowerCase() : null
      if (onDisk !== null && onDisk !== secret.toLowerCase()) throw new KeySecretConflictError()
      return
    }
    try {
      fs.writeFileSync(file, randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const stored = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex')
    if (stored.length !== 32) throw new Error(`${file} is not a WeSee key secret (64 hex characters)`)
    this.secret = stored
  }

  /**
   * The secret there is (BOARD_KEY_SECRET, or the file), or null when there
   * is none; never makes one. For `pnpm wesee check`, which writes nothing.
   */
  static existing(dataDir: string, { secret = null }: { secret?: string | null } = {}): BoardKeyVault | null {
    if (secret === null && !fs.existsSync(path.join(dataDir, secretFile))) return null
    return new BoardKeyVault(dataDir, { secret })
  }

  /** Says which secret this is without giving it away: the same secret always gives the same fingerprint. */
  fingerprint(): string {
    return createHmac('sha256', this.secret).update(fingerprintLabel).digest('hex')
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
