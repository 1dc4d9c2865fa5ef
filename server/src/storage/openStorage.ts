import fs from 'node:fs'
import { FileUploads } from '../assets/FileUploads.ts'
import { BoardKeyVault } from '../auth/boardKeyVault.ts'
import type { ServerConfig } from '../config.ts'
import type { BoardStore } from './BoardStore.ts'
import { PostgresStore } from './postgres/PostgresStore.ts'
import { SqliteBoardStore } from './SqliteBoardStore.ts'
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
 * SQLite and picture files in the data folder.
 */
export async function openStorage(config: Pick<ServerConfig, 'dataDir' | 'databaseUrl'>): Promise<Storage> {
  if (config.databaseUrl === null) {
    const store = new SqliteBoardStore(config.dataDir)
    return { store, uploads: new FileUploads(config.dataDir, store.assets, store.hygiene) }
  }
  // The board key secret lives in the data folder, whichever engine keeps the boards.
  fs.mkdirSync(config.dataDir, { recursive: true })
  let store: PostgresStore
  try {
    store = await PostgresStore.open(config.databaseUrl, { keyVault: new BoardKeyVault(config.dataDir) })
  } catch (error) {
    throw new DatabaseUnavailableError(error)
  }
  return { store, uploads: store.uploads }
}
