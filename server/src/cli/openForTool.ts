import fs from 'node:fs'
import path from 'node:path'
import type { ServerConfig } from '../config.ts'
import { openStorage, type Storage } from '../storage/openStorage.ts'
import type { StoreAccess } from '../storage/storeAccess.ts'
import { databaseName } from './backupCommand.ts'
import type { Output } from './words.ts'

/**
 * Opens the server's storage for `check` (`read`) or `prune` (`tidy`), on
 * SQLite or PostgreSQL as DATABASE_URL says, so each command is one piece
 * of code for both. Null, once the reason is said in one plain line, when
 * there is nothing to open: no data folder, a database that does not
 * answer (its address is never repeated: it may hold a password), or one
 * at another schema step.
 */
export async function openForTool(
  config: Pick<ServerConfig, 'dataDir' | 'databaseUrl'>,
  access: Exclude<StoreAccess, 'server'>,
  out: Output,
): Promise<Storage | null> {
  if (config.databaseUrl === null && !fs.existsSync(path.join(config.dataDir, databaseName))) {
    out.problem(
      `There is no WeSee data in ${config.dataDir} (no ${databaseName}). Set DATA_DIR to the server's data folder.`,
    )
    return null
  }
  try {
    return await openStorage(config, { access })
  } catch (error) {
    out.problem(`WeSee cannot open its data: ${error instanceof Error ? error.message : String(error)}`)
    return null
  }
}
