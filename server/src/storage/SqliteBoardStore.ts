import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import type { TemplateId } from '@wesee/shared'
import type { BoardRow, BoardStore } from './BoardStore.ts'

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
}

const schemaSql = `
CREATE TABLE IF NOT EXISTS boards (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  template TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  archived INTEGER NOT NULL DEFAULT 0,
  facilitator_key TEXT NOT NULL,
  participant_key TEXT NOT NULL,
  viewer_key TEXT NOT NULL,
  join_code TEXT NOT NULL UNIQUE
);
CREATE TABLE IF NOT EXISTS doc_updates (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  doc TEXT NOT NULL,
  data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS doc_updates_by_doc ON doc_updates (doc, seq);
`

/**
 * SQLite storage in `<dataDir>/wesee.sqlite`, in WAL mode. better-sqlite3 is
 * synchronous, so an append has reached the database before the caller goes
 * on to broadcast the update.
 */
export class SqliteBoardStore implements BoardStore {
  private readonly db: Database.Database
  private readonly statements

  constructor(dataDir: string) {
    fs.mkdirSync(dataDir, { recursive: true })
    this.db = new Database(path.join(dataDir, 'wesee.sqlite'))
    this.db.pragma('journal_mode = WAL')
    // NORMAL in WAL mode survives a process crash (kill -9); only a power cut
    // may lose the last transactions, which is the usual trade for speed.
    this.db.pragma('synchronous = NORMAL')
    this.db.pragma('foreign_keys = ON')
    this.db.exec(schemaSql)
    this.statements = {
      insertBoard: this.db.prepare(
        `INSERT INTO boards (id, title, template, created_at, archived, facilitator_key, participant_key, viewer_key, join_code)
         VALUES (@id, @title, @template, @createdAt, @archived, @facilitatorKey, @participantKey, @viewerKey, @joinCode)`,
      ),
      boardById: this.db.prepare<[string], BoardRecord>('SELECT * FROM boards WHERE id = ?'),
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
      ping: this.db.prepare<[], { one: number }>('SELECT 1 AS one'),
    }
  }

  createBoard(board: BoardRow, initialDocs: ReadonlyArray<{ doc: string; update: Uint8Array }>): void {
    this.db.transaction(() => {
      this.statements.insertBoard.run({ ...board, archived: board.archived ? 1 : 0 })
      for (const { doc, update } of initialDocs) this.statements.appendUpdate.run(doc, update)
    })()
  }

  getBoard(id: string): BoardRow | null {
    const row = this.statements.boardById.get(id)
    return row ? toBoardRow(row) : null
  }

  getBoardByJoinCode(code: string): BoardRow | null {
    const row = this.statements.boardByCode.get(code)
    return row ? toBoardRow(row) : null
  }

  isJoinCodeTaken(code: string): boolean {
    return this.statements.codeTaken.get(code) !== undefined
  }

  loadUpdates(doc: string): Uint8Array[] {
    return this.statements.loadUpdates.all(doc).map((row) => new Uint8Array(row.data))
  }

  appendUpdate(doc: string, update: Uint8Array): void {
    this.statements.appendUpdate.run(doc, update)
  }

  replaceUpdates(doc: string, snapshot: Uint8Array): void {
    this.db.transaction(() => {
      this.statements.deleteUpdates.run(doc)
      this.statements.appendUpdate.run(doc, snapshot)
    })()
  }

  countUpdates(doc: string): number {
    return this.statements.countUpdates.get(doc)?.n ?? 0
  }

  isHealthy(): boolean {
    try {
      return this.statements.ping.get()?.one === 1
    } catch {
      return false
    }
  }

  close(): void {
    if (this.db.open) this.db.close()
  }
}

function toBoardRow(row: BoardRecord): BoardRow {
  return {
    id: row.id,
    title: row.title,
    template: row.template as TemplateId,
    createdAt: row.created_at,
    archived: row.archived === 1,
    facilitatorKey: row.facilitator_key,
    participantKey: row.participant_key,
    viewerKey: row.viewer_key,
    joinCode: row.join_code,
  }
}
