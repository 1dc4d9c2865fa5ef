import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { BoardKeyVault } from '../auth/boardKeyVault.ts'
import type { BoardStore } from './BoardStore.ts'
import { SqliteDocLog } from './SqliteDocLog.ts'
import { migrateSqlite, requireCurrentSqliteSchema } from './sqlite/sqliteMigrations.ts'
import { SqliteStorageCheck } from './SqliteStorageCheck.ts'
import type { StoreAccess } from './storeAccess.ts'
import { SqliteStorageHygiene } from './SqliteStorageHygiene.ts'
import { SqliteVersionRetention } from './SqliteVersionRetention.ts'
import { SqliteBallots } from './SqliteBallots.ts'
import { SqliteVersions } from './SqliteVersions.ts'
import { SqlitePeople } from './SqlitePeople.ts'
import { SqliteBoardSettings } from './SqliteBoardSettings.ts'
import { SqliteBoards } from './SqliteBoards.ts'
import { SqliteAssetRecords } from './SqliteAssetRecords.ts'

/**
 * SQLite storage in `<dataDir>/wesee.sqlite`, in WAL mode. better-sqlite3 is
 * synchronous, so an append has reached the database before the caller goes
 * on to broadcast the update.
 */
export class SqliteBoardStore implements BoardStore {
  private readonly db: Database.Database
  private readonly statements
  readonly docLog: SqliteDocLog
  readonly retention: SqliteVersionRetention
  readonly ballots: SqliteBallots
  readonly versions: SqliteVersions
  readonly people: SqlitePeople
  readonly settings: SqliteBoardSettings
  readonly boards: SqliteBoards
  readonly assets: SqliteAssetRecords
  readonly hygiene: SqliteStorageHygiene
  readonly checks: SqliteStorageCheck

  /**
   * `access` says what opening may change (see StoreAccess); the tools
   * open an existing database only. `keyVault` seals and opens the links:
   * by default the data folder's secret for the server, none for the tools.
   */
  constructor(
    dataDir: string,
    {
      access = 'server',
      keyVault = access === 'server' ? new BoardKeyVault(dataDir) : null,
    }: { access?: StoreAccess; keyVault?: BoardKeyVault | null } = {},
  ) {
    fs.mkdirSync(dataDir, { recursive: true })
    const file = path.join(dataDir, 'wesee.sqlite')
    this.db = new Database(file, { readonly: access === 'read', fileMustExist: access !== 'server' })
    if (access !== 'read') {
      this.db.pragma('journal_mode = WAL')
      // NORMAL in WAL mode survives a process crash (kill -9); only a power cut
      // may lose the last transactions, which is the usual trade for speed.
      this.db.pragma('synchronous = NORMAL')
    }
    this.db.pragma('foreign_keys = ON')
    if (access === 'server') migrateSqlite(this.db)
    else requireCurrentSqliteSchema(this.db)
    this.retention = new SqliteVersionRetention(this.db)
    this.ballots = new SqliteBallots(this.db)
    this.versions = new SqliteVersions(this.db)
    this.people = new SqlitePeople(this.db)
    this.settings = new SqliteBoardSettings(this.db)
    this.boards = new SqliteBoards(this.db, keyVault, this.versions)
    this.assets = new SqliteAssetRecords(this.db)
    this.hygiene = new SqliteStorageHygiene(this.db)
    this.checks = new SqliteStorageCheck(this.db, dataDir)
    this.docLog = new SqliteDocLog(this.db)
    this.statements = {
      ping: this.db.prepare<[], { one: number }>('SELECT 1 AS one'),
    }
  }

  async isHealthy(): Promise<boolean> {
    try {
      return this.statements.ping.get()?.one === 1
    } catch {
      return false
    }
  }

  async checkpoint(mode: 'PASSIVE' | 'TRUNCATE'): Promise<void> {
    if (this.db.open) this.db.pragma(`wal_checkpoint(${mode})`)
  }

  /** Closes at once (the work is synchronous); the promise is for engines that need to wait. */
  async close(): Promise<void> {
    if (this.db.open) this.db.close()
  }
}
