import type Database from 'better-sqlite3'
import type { DocLog } from './DocLog.ts'

/**
 * Each doc's log of updates in SQLite. better-sqlite3 is synchronous, so
 * each promise is settled (the rows committed) before the caller's await
 * resumes: an append has reached the database before the room broadcasts.
 */
export class SqliteDocLog implements DocLog {
  private readonly statements

  constructor(private readonly db: Database.Database) {
    this.statements = {
      loadUpdates: db.prepare<[string], { data: Buffer }>(
        'SELECT data FROM doc_updates WHERE doc = ? ORDER BY seq',
      ),
      appendUpdate: db.prepare<[string, Uint8Array]>('INSERT INTO doc_updates (doc, data) VALUES (?, ?)'),
      deleteUpdates: db.prepare<[string]>('DELETE FROM doc_updates WHERE doc = ?'),
      countUpdates: db.prepare<[string], { n: number }>(
        'SELECT COUNT(*) AS n FROM doc_updates WHERE doc = ?',
      ),
    }
  }

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
}
