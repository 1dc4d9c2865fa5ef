import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import type { AcceptedImageType, TemplateId } from '@wesee/shared'
import { BoardKeyVault, hashBoardKey, isHashedBoardKey, isSealedBoardKey } from '../auth/boardKeyVault.ts'
import type {
  AssetRow,
  BallotRow,
  BoardFlags,
  BoardRow,
  BoardStore,
  VersionListing,
  VersionRow,
} from './BoardStore.ts'
import { migrateSqlite } from './sqlite/sqliteMigrations.ts'
import { SqliteStorageHygiene } from './SqliteStorageHygiene.ts'
import type { AssetLink, BoardStorageBytes } from './StorageHygieneStore.ts'
import { SqliteVersionRetention } from './SqliteVersionRetention.ts'
import { SqliteBallots } from './SqliteBallots.ts'
import { SqliteVersions } from './SqliteVersions.ts'
import { SqlitePeople } from './SqlitePeople.ts'
import { SqliteBoardSettings } from './SqliteBoardSettings.ts'

interface BoardRecord {
  id: string
  title: string
  template: string
  created_at: number
  archived: number
  facilitator_key: string
  participant_key: string
  viewer_key: string
  join_code: string
  joining_open: number
  locked: number
  drawing: number
}

/**
 * SQLite storage in `<dataDir>/wesee.sqlite`, in WAL mode. better-sqlite3 is
 * synchronous, so an append has reached the database before the caller goes
 * on to broadcast the update.
 */
export class SqliteBoardStore implements BoardStore {
  private readonly db: Database.Database
  private readonly statements
  private readonly vault: BoardKeyVault
  private readonly retention: SqliteVersionRetention
  private readonly hygiene: SqliteStorageHygiene
  private readonly ballots: SqliteBallots
  private readonly versions: SqliteVersions
  readonly people: SqlitePeople
  readonly settings: SqliteBoardSettings

  constructor(dataDir: string) {
    fs.mkdirSync(dataDir, { recursive: true })
    this.db = new Database(path.join(dataDir, 'wesee.sqlite'))
    this.db.pragma('journal_mode = WAL')
    // NORMAL in WAL mode survives a process crash (kill -9); only a power cut
    // may lose the last transactions, which is the usual trade for speed.
    this.db.pragma('synchronous = NORMAL')
    this.db.pragma('foreign_keys = ON')
    migrateSqlite(this.db)
    this.vault = new BoardKeyVault(dataDir)
    this.retention = new SqliteVersionRetention(this.db)
    this.ballots = new SqliteBallots(this.db)
    this.versions = new SqliteVersions(this.db)
    this.people = new SqlitePeople(this.db)
    this.settings = new SqliteBoardSettings(this.db)
    this.hygiene = new SqliteStorageHygiene(this.db)
    this.statements = {
      insertBoard: this.db.prepare(
        `INSERT INTO boards (id, title, template, created_at, archived, facilitator_key, participant_key, viewer_key, join_code, joining_open, locked, drawing)
         VALUES (@id, @title, @template, @createdAt, @archived, @facilitatorKeyHash, @sealedParticipantKey, @sealedViewerKey, @joinCode, @joiningOpen, @locked, @drawing)`,
      ),
      boardsWithPlainKeys: this.db.prepare<[], BoardRecord>(
        "SELECT * FROM boards WHERE facilitator_key NOT LIKE 'sha256:%' OR participant_key NOT LIKE 'sealed1:%' OR viewer_key NOT LIKE 'sealed1:%'",
      ),
      storeKeys: this.db.prepare<[{ id: string; facilitator: string; participant: string; viewer: string }]>(
        'UPDATE boards SET facilitator_key = @facilitator, participant_key = @participant, viewer_key = @viewer WHERE id = @id',
      ),
      boardById: this.db.prepare<[string], BoardRecord>('SELECT * FROM boards WHERE id = ?'),
      flagsById: this.db.prepare<[string], Pick<BoardRecord, 'joining_open' | 'locked' | 'drawing'>>(
        'SELECT joining_open, locked, drawing FROM boards WHERE id = ?',
      ),
      boardByCode: this.db.prepare<[string], BoardRecord>('SELECT * FROM boards WHERE join_code = ?'),
      codeTaken: this.db.prepare<[string], { one: number }>(
        'SELECT 1 AS one FROM boards WHERE join_code = ?',
      ),
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
      setFlags: this.db.prepare<
        [{ id: string; joiningOpen: number | null; locked: number | null; drawing: number | null }]
      >(
        `UPDATE boards SET joining_open = COALESCE(@joiningOpen, joining_open), locked = COALESCE(@locked, locked), drawing = COALESCE(@drawing, drawing) WHERE id = @id`,
      ),
      renameBoard: this.db.prepare<[string, string]>('UPDATE boards SET title = ? WHERE id = ?'),
      archiveBoard: this.db.prepare<[number, string]>('UPDATE boards SET archived = ? WHERE id = ?'),
      // Board ids are [A-Za-z0-9_-], none of them GLOB wildcards.
      deleteBoardDocs: this.db.prepare<[string]>('DELETE FROM doc_updates WHERE doc GLOB ?'),
      deleteBoard: this.db.prepare<[string]>('DELETE FROM boards WHERE id = ?'),
      lastActivity: this.db.prepare<[string, string, string], { at: number | null }>(
        `SELECT MAX(at) AS at FROM (
           SELECT created_at AS at FROM boards WHERE id = ?
           UNION ALL SELECT MAX(at) FROM presence_events WHERE board_id = ?
           UNION ALL SELECT MAX(created_at) FROM versions WHERE board_id = ?)`,
      ),
      ping: this.db.prepare<[], { one: number }>('SELECT 1 AS one'),
      insertAsset: this.db.prepare(
        `INSERT OR IGNORE INTO assets (hash, mime_type, size, width, height, created_at)
         VALUES (@hash, @mimeType, @size, @width, @height, @createdAt)`,
      ),
      linkAsset: this.db.prepare<[string, string, number]>(
        'INSERT OR IGNORE INTO board_assets (board_id, hash, created_at) VALUES (?, ?, ?)',
      ),
      assetByHash: this.db.prepare<
        [string],
        { hash: string; mime_type: string; size: number; width: number; height: number; created_at: number }
      >('SELECT * FROM assets WHERE hash = ?'),
      unusedAssets: this.db.prepare<[], { hash: string }>(
        'SELECT hash FROM assets WHERE NOT EXISTS (SELECT 1 FROM board_assets WHERE board_assets.hash = assets.hash)',
      ),
      deleteUnusedAsset: this.db.prepare<[string]>(
        'DELETE FROM assets WHERE hash = ? AND NOT EXISTS (SELECT 1 FROM board_assets WHERE board_assets.hash = assets.hash)',
      ),
    }
    this.hashPlainKeys()
  }

  /**
   * Databases from before keys were protected hold them in plain text: hash
   * the facilitator key and seal the others, once, at start-up. Every old
   * link keeps working, because the same key hashes and opens the same way.
   */
  private hashPlainKeys(): void {
    const rows = this.statements.boardsWithPlainKeys.all()
    if (rows.length === 0) return
    this.db.transaction(() => {
      for (const row of rows) {
        this.statements.storeKeys.run({
          id: row.id,
          facilitator: isHashedBoardKey(row.facilitator_key)
            ? row.facilitator_key
            : hashBoardKey(row.facilitator_key),
          participant: isSealedBoardKey(row.participant_key)
            ? row.participant_key
            : this.vault.seal(row.participant_key),
          viewer: isSealedBoardKey(row.viewer_key) ? row.viewer_key : this.vault.seal(row.viewer_key),
        })
      }
    })()
    // The plain keys may linger in free pages and the write-ahead log: clear both.
    this.db.pragma('wal_checkpoint(TRUNCATE)')
    this.db.exec('VACUUM')
  }

  createBoard(board: BoardRow, initialDocs: ReadonlyArray<{ doc: string; update: Uint8Array }>): void {
    this.db.transaction(() => {
      // Only named fields: a new board also carries its plain facilitator key, which must never be stored.
      this.statements.insertBoard.run({
        id: board.id,
        title: board.title,
        template: board.template,
        createdAt: board.createdAt,
        facilitatorKeyHash: board.facilitatorKeyHash,
        sealedParticipantKey: this.vault.seal(board.participantKey),
        sealedViewerKey: this.vault.seal(board.viewerKey),
        joinCode: board.joinCode,
        archived: board.archived ? 1 : 0,
        joiningOpen: board.joiningOpen ? 1 : 0,
        locked: board.locked ? 1 : 0,
        drawing: board.drawing ? 1 : 0,
      })
      for (const { doc, update } of initialDocs) this.statements.appendUpdate.run(doc, update)
    })()
  }

  getBoard(id: string): BoardRow | null {
    const row = this.statements.boardById.get(id)
    return row ? this.toBoardRow(row) : null
  }

  getBoardByJoinCode(code: string): BoardRow | null {
    const row = this.statements.boardByCode.get(code)
    return row ? this.toBoardRow(row) : null
  }

  replaceBoardKey(id: string, role: 'facilitator' | 'participant' | 'viewer', key: string): void {
    const column = { facilitator: 'facilitator_key', participant: 'participant_key', viewer: 'viewer_key' }[
      role
    ]
    const stored = role === 'facilitator' ? hashBoardKey(key) : this.vault.seal(key)
    this.db.prepare(`UPDATE boards SET ${column} = ? WHERE id = ?`).run(stored, id)
  }

  private toBoardRow(row: BoardRecord): BoardRow {
    return {
      id: row.id,
      title: row.title,
      template: row.template as TemplateId,
      createdAt: row.created_at,
      archived: row.archived === 1,
      facilitatorKeyHash: row.facilitator_key,
      participantKey: this.vault.open(row.participant_key),
      viewerKey: this.vault.open(row.viewer_key),
      joinCode: row.join_code,
      joiningOpen: row.joining_open === 1,
      locked: row.locked === 1,
      drawing: row.drawing === 1,
    }
  }

  isJoinCodeTaken(code: string): boolean {
    return this.statements.codeTaken.get(code) !== undefined
  }

  getBoardFlags(id: string): BoardFlags | null {
    const row = this.statements.flagsById.get(id)
    return row
      ? { joiningOpen: row.joining_open === 1, locked: row.locked === 1, drawing: row.drawing === 1 }
      : null
  }

  setBoardFlags(id: string, flags: Partial<BoardFlags>): void {
    const bit = (value: boolean | undefined) => (value === undefined ? null : value ? 1 : 0)
    this.statements.setFlags.run({
      id,
      joiningOpen: bit(flags.joiningOpen),
      locked: bit(flags.locked),
      drawing: bit(flags.drawing),
    })
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

  createBoardWithVersions(
    board: BoardRow,
    initialDocs: ReadonlyArray<{ doc: string; update: Uint8Array }>,
    versions: readonly VersionRow[],
  ): void {
    this.db.transaction(() => {
      this.createBoard(board, initialDocs)
      for (const version of versions) this.versions.insert(version)
    })()
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

  assetLinks(boardId: string): AssetLink[] {
    return this.hygiene.assetLinks(boardId)
  }

  unlinkAsset(boardId: string, hash: string): boolean {
    return this.hygiene.unlinkAsset(boardId, hash)
  }

  uploadMentioned(hash: string, boardId: string | null): boolean {
    return this.hygiene.uploadMentioned(hash, boardId)
  }

  storageOf(boardId: string): BoardStorageBytes {
    return this.hygiene.storageOf(boardId)
  }

  updateBoard(id: string, changes: { title?: string; archived?: boolean }): void {
    this.db.transaction(() => {
      if (changes.title !== undefined) this.statements.renameBoard.run(changes.title, id)
      if (changes.archived !== undefined) this.statements.archiveBoard.run(changes.archived ? 1 : 0, id)
    })()
  }

  deleteBoard(id: string): void {
    this.db.transaction(() => {
      this.statements.deleteBoardDocs.run(`${id}/*`)
      // Participants, presence, versions and image links go with the row (ON DELETE CASCADE).
      this.statements.deleteBoard.run(id)
    })()
  }

  lastActivityAt(id: string): number {
    return this.statements.lastActivity.get(id, id, id)?.at ?? 0
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

  addAsset(boardId: string, asset: AssetRow): void {
    this.db.transaction(() => {
      this.statements.insertAsset.run(asset)
      this.statements.linkAsset.run(boardId, asset.hash, asset.createdAt)
    })()
  }

  getAsset(hash: string): AssetRow | null {
    const row = this.statements.assetByHash.get(hash)
    return row
      ? {
          hash: row.hash,
          mimeType: row.mime_type as AcceptedImageType,
          size: row.size,
          width: row.width,
          height: row.height,
          createdAt: row.created_at,
        }
      : null
  }

  unusedAssetHashes(): string[] {
    return this.statements.unusedAssets.all().map((row) => row.hash)
  }

  deleteAssetIfUnused(hash: string): boolean {
    return this.statements.deleteUnusedAsset.run(hash).changes > 0
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

  isHealthy(): boolean {
    try {
      return this.statements.ping.get()?.one === 1
    } catch {
      return false
    }
  }

  checkpoint(mode: 'PASSIVE' | 'TRUNCATE'): void {
    if (this.db.open) this.db.pragma(`wal_checkpoint(${mode})`)
  }

  close(): void {
    if (this.db.open) this.db.close()
  }
}
