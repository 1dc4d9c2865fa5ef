import path from 'node:path'
import { defaultLimits, type Limits } from '@wesee/shared'
import { isBoardKeySecret } from './auth/keySecretErrors.ts'
import type { RetentionPolicy } from './versions/retention/RetentionPolicy.ts'

/** Everything the server can be told from its environment. */
export interface ServerConfig {
  port: number
  host: string
  dataDir: string
  /**
   * PostgreSQL to keep the boards in (DATABASE_URL); null keeps them in
   * SQLite in the data folder. The data folder still holds the board key
   * secret, which every server on one database must share.
   */
  databaseUrl: string | null
  /**
   * The board key secret from BOARD_KEY_SECRET (64 hex characters), so a
   * container needs no shared file; null reads or makes
   * `DATA_DIR/board-keys.secret`.
   */
  boardKeySecret: string | null
  /** Folder of the built client, served in production. Null to serve none. */
  clientDir: string | null
  /** When set, creating a board needs `Authorization: Bearer <token>`. */
  createToken: string | null
  /** Public origin for links (e.g. https://wesee.example.org); else taken from the request. */
  publicUrl: string | null
  /**
   * Passed to express's `trust proxy` (and used for sync sockets) so rate
   * limits see the real client IP: false, a hop count, or addresses/subnets.
   * Never plain `true`, which would let a client choose its own address.
   */
  trustProxy: false | number | string
  limits: Limits
  /** How long a doc with no connections stays in memory. */
  idleUnloadMs: number
  /** Update rows per doc before they are merged into one snapshot. */
  compactAfterUpdates: number
  heartbeatMs: number
  /**
   * How often the server writes down that the people here are still here, so
   * a crash loses at most this much of anyone's time (people are paid from
   * the participation record). At most a minute.
   */
  presenceHeartbeatMs: number
  /** Join-code lookups one IP may make per minute. */
  maxJoinLookupsPerIpPerMinute: number
  /** Which automatic versions are kept as they age (docs/operations.md, "Version retention"). */
  retention: RetentionPolicy
  /** How often the tidy-up (versions, unused uploads) runs on its own; 0 for never (`pnpm wesee prune` still does). */
  maintenanceEveryMs: number
  /**
   * The longest a stop (SIGTERM/SIGINT) may take: sockets get half of it to
   * finish closing, then whatever is left is cut and the process exits.
   */
  shutdownTimeoutMs: number
  /** How often the write-ahead log is moved into the database (PASSIVE); 0 for never. */
  walCheckpointEveryMs: number
  /** Free space under the data folder below which /readyz says the server is not ready. */
  minFreeDiskBytes: number
  /** Free space below which new boards are refused (boards already made keep working); smaller than minFreeDiskBytes. */
  minFreeDiskForNewBoardsBytes: number
  /** When set, `GET /metrics` answers to `Authorization: Bearer <token>`; unset, it is 404. */
  metricsToken: string | null
}

const hourMs = 60 * 60 * 1000
const megabyte = 1024 * 1024

const here = path.dirname(new URL(import.meta.url).pathname)

/** Reads the configuration from environment variables, with safe defaults. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const number = (name: string, fallback: number): number => {
    const raw = env[name]
    if (raw === undefined || raw === '') return fallback
    const value = Number(raw)
    if (!Number.isFinite(value) || value < 0) {
      throw new Error(`${name} must be a number (it is "${raw}")`)
    }
    return value
  }
  const databaseUrl = env.DATABASE_URL || null
  if (databaseUrl !== null && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    // Never echoed: the address may carry a password.
    throw new Error(
      'DATABASE_URL must be a PostgreSQL address, such as postgres://wesee:password@db:5432/wesee',
    )
  }
  const boardKeySecret = env.BOARD_KEY_SECRET || null
  if (boardKeySecret !== null && !isBoardKeySecret(boardKeySecret)) {
    // Never echoed: it is a secret, even when it is the wrong shape.
    throw new Error('BOARD_KEY_SECRET must be 64 hex characters. Make one with: openssl rand -hex 32')
  }
  return {
    port: number('PORT', 3000),
    host: env.HOST || '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR || './data'),
    databaseUrl,
    boardKeySecret,
    clientDir: path.resolve(env.CLIENT_DIR || path.join(here, '../../client/dist')),
    createToken: env.WESEE_CREATE_TOKEN || null,
    publicUrl: env.PUBLIC_URL ? env.PUBLIC_URL.replace(/\/+$/, '') : null,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    limits: {
      maxMessageBytes: number('MAX_MESSAGE_BYTES', defaultLimits.maxMessageBytes),
      maxConnectionsPerBoard: number('MAX_CONNECTIONS_PER_BOARD', defaultLimits.maxConnectionsPerBoard),
      maxPeoplePerBoard: number('MAX_PEOPLE_PER_BOARD', defaultLimits.maxPeoplePerBoard),
      maxSocketsPerPersonPrivateDoc: number(
        'MAX_SOCKETS_PER_PERSON_PRIVATE_DOC',
        defaultLimits.maxSocketsPerPersonPrivateDoc,
      ),
      maxSocketsPerPersonSharedDoc: number(
        'MAX_SOCKETS_PER_PERSON_SHARED_DOC',
        defaultLimits.maxSocketsPerPersonSharedDoc,
      ),
      maxSocketsPerAddressPerDoc: number(
        'MAX_SOCKETS_PER_ADDRESS_PER_DOC',
        defaultLimits.maxSocketsPerAddressPerDoc,
      ),
      maxBufferedBytes: number('MAX_BUFFERED_BYTES', defaultLimits.maxBufferedBytes),
      maxSyncStep1PerConnection: number(
        'MAX_SYNC_STEP1_PER_CONNECTION',
        defaultLimits.maxSyncStep1PerConnection,
      ),
      maxPresenceBytes: number('MAX_PRESENCE_BYTES', defaultLimits.maxPresenceBytes),
      maxJoinsPerIpPerMinute: number('MAX_JOINS_PER_IP_PER_MINUTE', defaultLimits.maxJoinsPerIpPerMinute),
      maxBoardsPerIpPerMinute: number('MAX_BOARDS_PER_IP_PER_MINUTE', defaultLimits.maxBoardsPerIpPerMinute),
      maxMessagesPerSecond: number('MAX_MESSAGES_PER_SECOND', defaultLimits.maxMessagesPerSecond),
      maxJsonBytes: number('MAX_JSON_BYTES', defaultLimits.maxJsonBytes),
      maxTitleLength: defaultLimits.maxTitleLength,
      maxUploadBytes: number('MAX_UPLOAD_BYTES', defaultLimits.maxUploadBytes),
      maxImageSide: number('MAX_IMAGE_SIDE', defaultLimits.maxImageSide),
      maxImagePixels: number('MAX_IMAGE_PIXELS', defaultLimits.maxImagePixels),
      maxUploadsPerIpPerMinute: number(
        'MAX_UPLOADS_PER_IP_PER_MINUTE',
        defaultLimits.maxUploadsPerIpPerMinute,
      ),
      maxImportBytes: number('MAX_IMPORT_BYTES', defaultLimits.maxImportBytes),
      maxDocBytes: number('MAX_DOC_BYTES', defaultLimits.maxDocBytes),
      maxRecordsPerUpdate: number('MAX_RECORDS_PER_UPDATE', defaultLimits.maxRecordsPerUpdate),
      maxNotesPerReveal: number('MAX_NOTES_PER_REVEAL', defaultLimits.maxNotesPerReveal),
    },
    idleUnloadMs: number('IDLE_UNLOAD_MS', 30_000),
    compactAfterUpdates: number('COMPACT_AFTER_UPDATES', 500),
    heartbeatMs: number('HEARTBEAT_MS', 30_000),
    presenceHeartbeatMs: Math.min(number('PRESENCE_HEARTBEAT_MS', 30_000), 60_000),
    maxJoinLookupsPerIpPerMinute: number('MAX_JOIN_LOOKUPS_PER_IP_PER_MINUTE', 30),
    retention: {
      keepAllMs: number('VERSIONS_KEEP_ALL_HOURS', 24) * hourMs,
      sessionGapMs: number('VERSIONS_SESSION_GAP_HOURS', 2) * hourMs,
      monthlyAfterMs: number('VERSIONS_MONTHLY_AFTER_DAYS', 365) * 24 * hourMs,
    },
    maintenanceEveryMs: number('MAINTENANCE_EVERY_MINUTES', 60) * 60_000,
    shutdownTimeoutMs: number('SHUTDOWN_TIMEOUT_MS', 10_000),
    walCheckpointEveryMs: number('WAL_CHECKPOINT_EVERY_SECONDS', 300) * 1000,
    minFreeDiskBytes: number('MIN_FREE_DISK_MB', 500) * megabyte,
    minFreeDiskForNewBoardsBytes: number('MIN_FREE_DISK_FOR_NEW_BOARDS_MB', 200) * megabyte,
    metricsToken: parseMetricsToken(env.METRICS_TOKEN),
  }
}

/**
 * TRUST_PROXY: unset/false, a hop count ("1": one proxy in front), or
 * addresses/subnets express understands ("loopback", "10.0.0.0/8").
 * Plain `true` trusts every X-Forwarded-For entry, so any client could pick
 * the address rate limits count: refused at start-up with a plain message.
 */
export function parseTrustProxy(raw: string | undefined): false | number | string {
  if (raw === undefined || raw.trim() === '' || raw === 'false' || raw === '0') return false
  if (raw.trim().toLowerCase() === 'true') {
    throw new Error(
      'TRUST_PROXY=true would let any visitor choose the address that rate limits count. ' +
        'Set it to the number of proxies in front of WeSee (usually TRUST_PROXY=1), ' +
        'or to their addresses (e.g. TRUST_PROXY=loopback).',
    )
  }
  const trimmed = raw.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) === 0 ? false : Number(trimmed)
  return trimmed
}

/** The shortest METRICS_TOKEN accepted: anyone who guesses it reads how busy the server is. */
const minMetricsTokenLength = 16

/** METRICS_TOKEN: unset or empty turns /metrics off; a short one is refused at start-up. */
export function parseMetricsToken(raw: string | undefined): string | null {
  const token = raw?.trim()
  if (!token) return null
  if (token.length < minMetricsTokenLength || /\s/.test(token)) {
    throw new Error(
      `METRICS_TOKEN must be at least ${minMetricsTokenLength} characters with no spaces. ` +
        'Make one with: openssl rand -hex 32',
    )
  }
  return token
}
