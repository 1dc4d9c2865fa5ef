import type Database from 'better-sqlite3'
import type { TemplateId } from '@wesee/shared'
import {
  hashBoardKey,
  isHashedBoardKey,
  isSealedBoardKey,
  sealBoardKey,
  type BoardKeyVault,
} from '../auth/boardKeyVault.ts'
import type { BoardRecords, InitialDoc } from './BoardRecords.ts'
import type { BoardFlags, BoardRow } from './BoardStore.ts'
import type { SqliteVersions } from './SqliteVersions.ts'
import type { VersionRow } from './VersionStore.ts'

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
 * The boards themselves in SQLite: their rows, keys and switches. The
 * participant and viewer keys are sealed with the data folder's secret.
 * Synchronous underneath; async to match every engine.
 */
export class SqliteBoards implements BoardRecords {
  private readonly statements

  constructor(
    private readonly db: Database.Database,
    /** Null for the command-line tools, which never need a board's links. */
    private readonly vault: BoardKeyVault | null,
    private readonly versions: SqliteVersions,
  ) {
    this.statements = {
      appendUpdate: db.prepare<[string, Uint8Array]>('INSERT INTO doc_updates (doc, data) VALUES (?, ?)'),
      insertBoard: db.prepare(
        `INSERT INTO boards (id, title, template, created_at, archived, facilitator_key, participant_key, viewer_key, join_code, joining_open, locked, drawing)
         VALUES (@id, @title, @template, @createdAt, @archived, @facilitatorKeyHash, @sealedParticipantKey, @sealedViewerKey, @joinCode, @joiningOpen, @locked, @drawing)`,
      ),
      boardsWithPlainKeys: db.prepare<[], BoardRecord>(
        "SELECT * FROM boards WHERE facilitator_key NOT LIKE 'sha256:%' OR participant_key NOT LIKE 'sealed1:%' OR viewer_key NOT LIKE 'sealed1:%'",
      ),
      storeKeys: db.prepare<[{ id: string; facilitator: string; participant: string; viewer: string }]>(
        'UPDATE boards SET facilitator_key = @facilitator, participant_key = @participant, viewer_key = @viewer WHERE id = @id',
      ),
      boardById: db.prepare<[string], BoardRecord>('SELECT * FROM boards WHERE id = ?'),
      flagsById: db.prepare<[string], Pick<BoardRecord, 'joining_open' | 'locked' | 'drawing'>>(
        'SELECT joining_open, locked, drawing FROM boards WHERE id = ?',
      ),
      boardByCode: db.prepare<[string], BoardRecord>('SELECT * FROM boards WHERE join_code = ?'),
      codeTaken: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM boards WHERE join_code = ?'),
      setFlags: db.prepare<
        [{ id: string; joiningOpen: number | null; locked: number | null; drawing: number | null }]
      >(
        `UPDATE boards SET joining_open = COALESCE(@joiningOpen, joining_open), locked = COALESCE(@locked, locked), drawing = COALESCE(@drawing, drawing) WHERE id = @id`,
      ),
      renameBoard: db.prepare<[string, string]>('UPDATE boards SET title = ? WHERE id = ?'),
      archiveBoard: db.prepare<[number, string]>('UPDATE boards SET archived = ? WHERE id = ?'),
      // Board ids are [A-Za-z0-9_-], none of them GLOB wildcards.
      deleteBoardDocs: db.prepare<[string]>('DELETE FROM doc_updates WHERE doc GLOB ?'),
      deleteBoard: db.prepare<[string]>('DELETE FROM boards WHERE id = ?'),
      lastActivity: db.prepare<[string, string, string], { at: number | null }>(
        `SELECT MAX(at) AS at FROM (
           SELECT created_at AS at FROM boards WHERE id = ?
           UNION ALL SELECT MAX(at) FROM presence_events WHERE board_id = ?
           UNION ALL SELECT MAX(created_at) FROM versions WHERE board_id = ?)`,
      ),
    }
    if (vault) this.hashPlainKeys(vault)
  }

  /**
   * Databases from before keys were protected hold them in plain text: hash
   * the facilitator key and seal the others, once, at start-up. Every old
   * link keeps working, because the same key hashes and opens the same way.
   */
  private hashPlainKeys(vault: BoardKeyVault): void {
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
            : vault.seal(row.participant_key),
          viewer: isSealedBoardKey(row.viewer_key) ? row.viewer_key : vault.seal(row.viewer_key),
        })
      }
    })()
    // The plain keys may linger in free pages and the write-ahead log: clear both.
    this.db.pragma('wal_checkpoint(TRUNCATE)')
    this.db.exec('VACUUM')
  }

  async createBoard(board: BoardRow, initialDocs: readonly InitialDoc[]): Promise<void> {
    this.db.transaction(() => this.insertBoard(board, initialDocs))()
  }

  /** The row and the docs' first updates; the caller holds the transaction. */
  private insertBoard(board: BoardRow, initialDocs: readonly InitialDoc[]): void {
    // Only named fields: a new board also carries its plain facilitator key, which must never be stored.
    this.statements.insertBoard.run({
      id: board.id,
      title: board.title,
      template: board.template,
      createdAt: board.createdAt,
      facilitatorKeyHash: board.facilitatorKeyHash,
      sealedParticipantKey: sealBoardKey(this.vault, board.participantKey),
      sealedViewerKey: sealBoardKey(this.vault, board.viewerKey),
      joinCode: board.joinCode,
      archived: board.archived ? 1 : 0,
      joiningOpen: board.joiningOpen ? 1 : 0,
      locked: board.locked ? 1 : 0,
      drawing: board.drawing ? 1 : 0,
    })
    for (const { doc, update } of initialDocs) this.statements.appendUpdate.run(doc, update)
  }

  async getBoard(id: string): Promise<BoardRow | null> {
    const row = this.statements.boardById.get(id)
    return row ? this.toBoardRow(row) : null
  }

  async getBoardByJoinCode(code: string): Promise<BoardRow | null> {
    const row = this.statements.boardByCode.get(code)
    return row ? this.toBoardRow(row) : null
  }

  async replaceBoardKey(
    id: string,
    role: 'facilitator' | 'participant' | 'viewer',
    key: string,
  ): Promise<void> {
    const column = { facilitator: 'facilitator_key', participant: 'participant_key', viewer: 'viewer_key' }[
      role
    ]
    const stored = role === 'facilitator' ? hashBoardKey(key) : sealBoardKey(this.vault, key)
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
      participantKey: this.vault?.open(row.participant_key) ?? '',
      viewerKey: this.vault?.open(row.viewer_key) ?? '',
      joinCode: row.join_code,
      joiningOpen: row.joining_open === 1,
      locked: row.locked === 1,
      drawing: row.drawing === 1,
    }
  }

  async isJoinCodeTaken(code: string): Promise<boolean> {
    return this.statements.codeTaken.get(code) !== undefined
  }

  async getBoardFlags(id: string): Promise<BoardFlags | null> {
    const row = this.statements.flagsById.get(id)
    return row
      ? { joiningOpen: row.joining_open === 1, locked: row.locked === 1, drawing: row.drawing === 1 }
      : null
  }

  async setBoardFlags(id: string, flags: Partial<BoardFlags>): Promise<void> {
    const bit = (value: boolean | undefined) => (value === undefined ? null : value ? 1 : 0)
    this.statements.setFlags.run({
      id,
      joiningOpen: bit(flags.joiningOpen),
      locked: bit(flags.locked),
      drawing: bit(flags.drawing),
    })
  }

  async createBoardWithVersions(
    board: BoardRow,
    initialDocs: readonly InitialDoc[],
    versions: readonly VersionRow[],
  ): Promise<void> {
    this.db.transaction(() => {
      this.insertBoard(board, initialDocs)
      for (const version of versions) this.versions.insert(version)
    })()
  }

  async updateBoard(id: string, changes: { title?: string; archived?: boolean }): Promise<void> {
    this.db.transaction(() => {
      if (changes.title !== undefined) this.statements.renameBoard.run(changes.title, id)
      if (changes.archived !== undefined) this.statements.archiveBoard.run(changes.archived ? 1 : 0, id)
    })()
  }

  async deleteBoard(id: string): Promise<void> {
    this.db.transaction(() => {
      this.statements.deleteBoardDocs.run(`${id}/*`)
      // Participants, presence, versions and image links go with the row (ON DELETE CASCADE).
      this.statements.deleteBoard.run(id)
    })()
  }

  async lastActivityAt(id: string): Promise<number> {
    return this.statements.lastActivity.get(id, id, id)?.at ?? 0
  }
}
