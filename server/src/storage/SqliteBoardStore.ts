import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { BoardKeyVault } from '../auth/boardKeyVault.ts'
import type { BallotRow, BoardStore, VersionListing, VersionRow } from './BoardStore.ts'
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
  private readonly retention: SqliteVersionRetention
  private readonly ballots: SqliteBallots
  private readonly versions: SqliteVersions
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
    this.statements = {
      loadUpdates: this.db.prepare<[string], { data: Buffer }>(
        'SELECT data FROM doc_updates WHERE doc = ? ORDER BY seq',
      ),
      appendUpdate: this.db.prepare<[string, Uint8Array]>(
        'INSERT INTO doc_updates (doc, data) VALUES (?, ?)',
      ),
      deleteUpdates: this.db.prepare<[string]>('DELETE FROM doc_updates WHERE doc = ?'),
      countUpdates: this.db.prepare<[string], { n: number }>(
        'SELECT COUNT(*) AS n FROM doc_updates WHERE doc = ?',
      ),
      ping: this.db.prepare<[], { one: number }>('SELECT 1 AS one'),
    }
  }

  addVersion(version: VersionRow): Promise<number> {
    return this.versions.addVersion(version)
  }

  listVersions(boardId: string): Promise<VersionListing[]> {
    return this.versions.listVersions(boardId)
  }

  getVersion(boardId: string, versionId: string): Promise<(VersionRow & { size: number }) | null> {
    return this.versions.getVersion(boardId, versionId)
  }

  latestVersionAt(boardId: string): Promise<number | null> {
    return this.versions.latestVersionAt(boardId)
  }

  boardIds(): Promise<string[]> {
    return this.retention.boardIds()
  }

  deleteVersions(boardId: string, versionIds: readonly string[]): Promise<number> {
    return this.retention.deleteVersions(boardId, versionIds)
  }

  versionsToCompact(limit: number): Promise<Array<{ boardId: string; id: string }>> {
    return this.retention.versionsToCompact(limit)
  }

  compactVersion(boardId: string, versionId: string, stage: string | null): Promise<void> {
    return this.retention.compactVersion(boardId, versionId, stage)
  }

  votesCastBy(boardId: string): Promise<Map<string, number>> {
    return this.ballots.votesCastBy(boardId)
  }

  // The doc log: better-sqlite3 is synchronous, so each promise is settled
  // (the rows committed) before the caller's await resumes.
  async loadUpdates(doc: string): Promise<Uint8Array[]> {
    return this.statements.loadUpdates.all(doc).map((row) => new Uint8Array(row.data))
  }

  async appendMany(doc: string, updates: readonly Uint8Array[]): Promise<void> {
    this.db.transaction(() => {
      for (const update of updates) this.statements.appendUpdate.run(doc, update)
    })()
  }

  async replaceUpdates(doc: string, snapshot: Uint8Array): Promise<void> {
    this.db.transaction(() => {
      this.statements.deleteUpdates.run(doc)
      this.statements.appendUpdate.run(doc, snapshot)
    })()
  }

  async countUpdates(doc: string): Promise<number> {
    return this.statements.countUpdates.get(doc)?.n ?? 0
  }

  addBallot(ballot: BallotRow): Promise<void> {
    return this.ballots.addBallot(ballot)
  }

  removeBallot(
    ballot: Pick<BallotRow, 'boardId' | 'voteId' | 'participantId' | 'shapeId'>,
    options: { proxyOnly: boolean },
  ): Promise<boolean> {
    return this.ballots.removeBallot(ballot, options)
  }

  ballotsOfVote(boardId: string, voteId: string): Promise<BallotRow[]> {
    return this.ballots.ballotsOfVote(boardId, voteId)
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
