import type Database from 'better-sqlite3'
import { folderBytes } from '../dataDir/folderBytes.ts'
import { orphanQueries, type OrphanCount, type StorageCheckStore } from './StorageCheckStore.ts'

/** `pnpm wesee check`'s questions, answered by SQLite. */
export class SqliteStorageCheck implements StorageCheckStore {
  constructor(
    private readonly db: Database.Database,
    private readonly dataDir: string,
  ) {}

  async damage(): Promise<string[]> {
    const rows = this.db.pragma('integrity_check') as Array<{ integrity_check: string }>
    return rows.length === 1 && rows[0]?.integrity_check === 'ok'
      ? []
      : rows.map((row) => row.integrity_check)
  }

  async orphans(): Promise<OrphanCount[]> {
    return orphanQueries
      .map(({ what, sql }) => ({ what, count: (this.db.prepare(sql).get() as { n: number }).n }))
      .filter((orphan) => orphan.count > 0)
  }

  /** One server per SQLite file, its secret beside it: nothing to agree on. */
  async keySecretFingerprint(): Promise<null> {
    return null
  }

  /** The whole data folder: the database, its log, the pictures and the key secret. */
  async storedBytes(): Promise<number> {
    return folderBytes(this.dataDir)
  }
}
