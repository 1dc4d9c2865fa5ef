import type Database from 'better-sqlite3'
import type { AssetLink, BoardStorageBytes, StorageHygieneStore } from './StorageHygieneStore.ts'
import { unpackVersionBlob } from './versionBlobs.ts'

/** The SQLite side of the uploads tidy-up and the size report. Synchronous underneath; async to match every engine. */
export class SqliteStorageHygiene implements StorageHygieneStore {
  private readonly statements

  constructor(db: Database.Database) {
    this.statements = {
      links: db.prepare<[string], { board_id: string; hash: string; created_at: number }>(
        'SELECT board_id, hash, created_at FROM board_assets WHERE board_id = ? ORDER BY hash',
      ),
      unlink: db.prepare<[string, string]>('DELETE FROM board_assets WHERE board_id = ? AND hash = ?'),
      // Board ids are [A-Za-z0-9_-], none of them GLOB wildcards. instr on two blobs searches bytes.
      mentionedInDocs: db.prepare<[string, Buffer], { one: number }>(
        'SELECT 1 AS one FROM doc_updates WHERE doc GLOB ? AND instr(data, ?) > 0 LIMIT 1',
      ),
      versionsOf: db.prepare<[string], { content: Buffer; encoding: string }>(
        'SELECT content, encoding FROM versions WHERE board_id GLOB ?',
      ),
      docBytes: db.prepare<[string], { n: number | null }>(
        'SELECT SUM(length(data)) AS n FROM doc_updates WHERE doc GLOB ?',
      ),
      versionBytes: db.prepare<[string], { n: number | null }>(
        'SELECT SUM(length(content) + length(control)) AS n FROM versions WHERE board_id = ?',
      ),
      uploadBytes: db.prepare<[string], { n: number | null }>(
        `SELECT SUM(assets.size) AS n FROM board_assets JOIN assets ON assets.hash = board_assets.hash
         WHERE board_assets.board_id = ?`,
      ),
    }
  }

  async assetLinks(boardId: string): Promise<AssetLink[]> {
    return this.statements.links
      .all(boardId)
      .map((row) => ({ boardId: row.board_id, hash: row.hash, createdAt: row.created_at }))
  }

  async unlinkAsset(boardId: string, hash: string): Promise<boolean> {
    return this.statements.unlink.run(boardId, hash).changes > 0
  }

  async uploadMentioned(hash: string, boardId: string | null): Promise<boolean> {
    const needle = Buffer.from(hash, 'utf8')
    if (this.statements.mentionedInDocs.get(boardId ? `${boardId}/*` : '*', needle)) return true
    // Versions are compressed: each is opened, one at a time, to look.
    for (const row of this.statements.versionsOf.iterate(boardId ?? '*')) {
      if (Buffer.from(unpackVersionBlob(row.content, row.encoding)).includes(needle)) return true
    }
    return false
  }

  async storageOf(boardId: string): Promise<BoardStorageBytes> {
    return {
      docs: this.statements.docBytes.get(`${boardId}/*`)?.n ?? 0,
      versions: this.statements.versionBytes.get(boardId)?.n ?? 0,
      uploads: this.statements.uploadBytes.get(boardId)?.n ?? 0,
    }
  }
}
