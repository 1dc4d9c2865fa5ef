import fs from 'node:fs'
import { FileUploads } from '../assets/FileUploads.ts'
import { BoardKeyVault } from '../auth/boardKeyVault.ts'
import { KeySecretMismatchError } from '../auth/keySecretErrors.ts'
import type { ServerConfig } from '../config.ts'
import type { BoardStore } from './BoardStore.ts'
import type { BoardWriteFence } from './postgres/boardWriteFence.ts'
import { PostgresStore } from './postgres/PostgresStore.ts'
import { PostgresSchemaTooNewError } from './postgres/postgresMigrations.ts'
import { NoWeSeeDataError, SchemaNotCurrentError } from './schemaErrors.ts'
import { SqliteBoardStore } from './SqliteBoardStore.ts'
import type { StoreAccess } from './storeAccess.ts'
import type { UploadStore } from './UploadStore.ts'

/** Where a server keeps its boards and their pictures. */
export interface Storage {
  store: BoardStore
  uploads: UploadStore
}

/** Said when PostgreSQL cannot be reached or set up at start-up; the address is never repeated (it may hold a password). */
export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    const detail = cause instanceof Error ? cause.message : String(cause)
    super(
      `the PostgreSQL named by DATABASE_URL could not be opened (${detail}). Check it is running and the address is right.`,
    )
    this.name = 'DatabaseUnavailableError'
  }
}

/**
 * Opens the store the configuration asks for: PostgreSQL when DATABASE_URL
 * is set (the pictures in it too, so any server can show them), else
 * SQLite and picture files in the data folder. `access` says what opening
 * may change: the command-line tools open what is there, and never touch
 * the schema or the key secret (see StoreAccess). A node of a cluster
 * passes its LeaseKeeper as `fence` (PostgresStore.open says why).
 */
export async function openStorage(
  config: Pick<ServerConfig, 'dataDir' | 'databaseUrl'> & Partial<Pick<ServerConfig, 'boardKeySecret'>>,
  { access = 'server', fence = null }: { access?: StoreAccess; fence?: BoardWriteFence | null } = {},
): Promise<Storage> {
  const server = access === 'server'
  const secret = config.boardKeySecret ?? null
  if (config.databaseUrl === null) {
    // A node's leases are in PostgreSQL: they cannot fence writes to a SQLite file.
    if (fence) throw new Error('a node of a cluster keeps its boards in PostgreSQL: set DATABASE_URL')
    const keyVault = server ? new BoardKeyVault(config.dataDir, { secret }) : null
    const store = new SqliteBoardStore(config.dataDir, { access, keyVault })
    const uploads = new FileUploads(config.dataDir, store.assets, store.hygiene, {
      // Beside a running server, a temporary file is an upload under way.
      clearTemporaryFiles: server,
    })
    return { store, uploads }
  }
  let keyVault: BoardKeyVault | null = null
  if (server) {
    // The board key secret lives in the data folder (or BOARD_KEY_SECRET), whichever engine keeps the boards.
    fs.mkdirSync(config.dataDir, { recursive: true })
    keyVault = new BoardKeyVault(config.dataDir, { secret })
  }
  let store: PostgresStore
  try {
    store = await PostgresStore.open(config.databaseUrl, { keyVault, access, fence })
  } catch (error) {
    // Said as they are: the database answered, and the tools' refusals say what is wrong with it.
    if (
      error instanceof SchemaNotCurrentError ||
      error instanceof PostgresSchemaTooNewError ||
      error instanceof NoWeSeeDataError ||
      error instanceof KeySecretMismatchError
    )
      throw error
    throw new DatabaseUnavailableError(error)
  }
  return { store, uploads: store.uploads }
}
