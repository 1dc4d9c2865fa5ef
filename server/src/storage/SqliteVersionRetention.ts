import type Database from 'better-sqlite3'
import type { VersionRetentionStore } from './VersionRetentionStore.ts'
import {
  currentVersionEncoding,
  packVersionBlob,
  unpackVersionBlob,
  VersionEncoding,
} from './versionBlobs.ts'

/** The SQLite side of the version tidy-up (the `versions` table). */
export class SqliteVersionRetention implements VersionRetentionStore {
  private readonly statements

  constructor(private readonly db: Database.Database) {
    this.statements = {
      boardIds: db.prepare<[], { id: string }>('SELECT id FROM boards ORDER BY created_at, id'),
      deleteVersion: db.prepare<[string, string]>('DELETE FROM versions WHERE board_id = ? AND id = ?'),
      toCompact: db.prepare<[string, number], { board_id: string; id: string }>(
        'SELECT board_id, id FROM versions WHERE encoding = ? ORDER BY created_at LIMIT ?',
      ),
      rawVersion: db.prepare<[string, string], { content: Buffer; control: Buffer; encoding: string }>(
        'SELECT content, control, encoding FROM versions WHERE board_id = ? AND id = ?',
      ),
      rewrite: db.prepare<
        [
          {
            boardId: string
            id: string
            content: Buffer
            control: Buffer
            encoding: string
            stage: string | null
          },
        ]
      >(
        `UPDATE versions SET content = @content, control = @control, encoding = @encoding, stage = @stage
         WHERE board_id = @boardId AND id = @id`,
      ),
    }
  }

  async boardIds(): Promise<string[]> {
    return this.statements.boardIds.all().map((row) => row.id)
  }

  async deleteVersions(boardId: string, versionIds: readonly string[]): Promise<number> {
    return this.db.transaction(() => {
      let removed = 0
      for (const id of versionIds) removed += this.statements.deleteVersion.run(boardId, id).changes
      return removed
    })()
  }

  async versionsToCompact(limit: number): Promise<Array<{ boardId: string; id: string }>> {
    return this.statements.toCompact
      .all(VersionEncoding.Plain, limit)
      .map((row) => ({ boardId: row.board_id, id: row.id }))
  }

  async compactVersion(boardId: string, versionId: string, stage: string | null): Promise<void> {
    const row = this.statements.rawVersion.get(boardId, versionId)
    if (!row || row.encoding === currentVersionEncoding) return
    this.statements.rewrite.run({
      boardId,
      id: versionId,
      content: packVersionBlob(unpackVersionBlob(row.content, row.encoding)),
      control: packVersionBlob(unpackVersionBlob(row.control, row.encoding)),
      encoding: currentVersionEncoding,
      stage,
    })
  }
}
