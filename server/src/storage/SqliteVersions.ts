import type Database from 'better-sqlite3'
import { currentVersionEncoding, packVersionBlob, unpackVersionBlob } from './versionBlobs.ts'
import type { VersionListing, VersionRow, VersionStore } from './VersionStore.ts'

interface VersionRecord {
  id: string
  board_id: string
  created_at: number
  trigger_kind: string
  name: string | null
  stage: string | null
  content: Buffer
  control: Buffer
  encoding: string
}

/** Versions in SQLite (the `versions` table), compressed as `versionBlobs.ts` says. */
export class SqliteVersions implements VersionStore {
  private readonly statements

  constructor(db: Database.Database) {
    this.statements = {
      insert: db.prepare(
        `INSERT INTO versions (id, board_id, created_at, trigger_kind, name, stage, content, control, encoding)
         VALUES (@id, @boardId, @createdAt, @trigger, @name, @stage, @content, @control, @encoding)`,
      ),
      list: db.prepare<[string], Omit<VersionRecord, 'content' | 'control' | 'encoding'> & { size: number }>(
        `SELECT id, board_id, created_at, trigger_kind, name, stage, length(content) + length(control) AS size
         FROM versions WHERE board_id = ? ORDER BY created_at DESC, rowid DESC`,
      ),
      byId: db.prepare<[string, string], VersionRecord>(
        'SELECT * FROM versions WHERE board_id = ? AND id = ?',
      ),
      latestAt: db.prepare<[string], { at: number | null }>(
        'SELECT MAX(created_at) AS at FROM versions WHERE board_id = ?',
      ),
    }
  }

  /** Stores a version now, inside a transaction of the caller's (a board brought in with its versions). */
  insert(version: VersionRow): number {
    const content = packVersionBlob(version.content)
    const control = packVersionBlob(version.control)
    this.statements.insert.run({ ...version, content, control, encoding: currentVersionEncoding })
    return content.byteLength + control.byteLength
  }

  async addVersion(version: VersionRow): Promise<number> {
    return this.insert(version)
  }

  async listVersions(boardId: string): Promise<VersionListing[]> {
    return this.statements.list.all(boardId).map((row) => ({
      id: row.id,
      boardId: row.board_id,
      createdAt: row.created_at,
      trigger: row.trigger_kind,
      name: row.name,
      stage: row.stage,
      size: row.size,
    }))
  }

  async getVersion(boardId: string, versionId: string): Promise<(VersionRow & { size: number }) | null> {
    const row = this.statements.byId.get(boardId, versionId)
    if (!row) return null
    return {
      id: row.id,
      boardId: row.board_id,
      createdAt: row.created_at,
      trigger: row.trigger_kind,
      name: row.name,
      stage: row.stage,
      content: unpackVersionBlob(row.content, row.encoding),
      control: unpackVersionBlob(row.control, row.encoding),
      size: row.content.byteLength + row.control.byteLength,
    }
  }

  async latestVersionAt(boardId: string): Promise<number | null> {
    return this.statements.latestAt.get(boardId)?.at ?? null
  }
}
