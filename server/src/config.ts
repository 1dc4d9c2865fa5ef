import path from 'node:path'
import { defaultLimits, type Limits } from '@wesee/shared'

/** Everything the server can be told from its environment. */
export interface ServerConfig {
  port: number
  host: string
  dataDir: string
  /** Folder of the built client, served in production. Null to serve none. */
  clientDir: string | null
  /** When set, creating a board needs `Authorization: Bearer <token>`. */
  createToken: string | null
  /** Public origin for links (e.g. https://wesee.example.org); else taken from the request. */
  publicUrl: string | null
  /** Passed to express's `trust proxy` so rate limits see the real client IP. */
  trustProxy: boolean | number | string
  limits: Limits
  /** How long a doc with no connections stays in memory. */
  idleUnloadMs: number
  /** Update rows per doc before they are merged into one snapshot. */
  compactAfterUpdates: number
  heartbeatMs: number
  /** Join-code lookups one IP may make per minute. */
  maxJoinLookupsPerIpPerMinute: number
}

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
  return {
    port: number('PORT', 3000),
    host: env.HOST || '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR || './data'),
    clientDir: path.resolve(env.CLIENT_DIR || path.join(here, '../../client/dist')),
    createToken: env.WESEE_CREATE_TOKEN || null,
    publicUrl: env.PUBLIC_URL ? env.PUBLIC_URL.replace(/\/+$/, '') : null,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    limits: {
      maxMessageBytes: number('MAX_MESSAGE_BYTES', defaultLimits.maxMessageBytes),
      maxConnectionsPerBoard: number('MAX_CONNECTIONS_PER_BOARD', defaultLimits.maxConnectionsPerBoard),
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
    },
    idleUnloadMs: number('IDLE_UNLOAD_MS', 30_000),
    compactAfterUpdates: number('COMPACT_AFTER_UPDATES', 500),
    heartbeatMs: number('HEARTBEAT_MS', 30_000),
    maxJoinLookupsPerIpPerMinute: number('MAX_JOIN_LOOKUPS_PER_IP_PER_MINUTE', 30),
  }
}

function parseTrustProxy(raw: string | undefined): boolean | number | string {
  if (raw === undefined || raw === '' || raw === 'false') return false
  if (raw === 'true') return true
  const hops = Number(raw)
  return Number.isInteger(hops) ? hops : raw
}
