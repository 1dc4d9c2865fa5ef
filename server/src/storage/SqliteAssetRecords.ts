import type Database from 'better-sqlite3'
import type { AcceptedImageType } from '@wesee/shared'
import type { AssetRecords } from './AssetRecords.ts'
import type { AssetRow } from './BoardStore.ts'

/** Which uploaded images exist and which boards use them, in SQLite. Synchronous underneath; async to match every engine. */
export class SqliteAssetRecords implements AssetRecords {
  private readonly statements

  constructor(private readonly db: Database.Database) {
    this.statements = {
      insertAsset: db.prepare(
        `INSERT OR IGNORE INTO assets (hash, mime_type, size, width, height, created_at)
         VALUES (@hash, @mimeType, @size, @width, @height, @createdAt)`,
      ),
      linkAsset: db.prepare<[string, string, number]>(
        'INSERT OR IGNORE INTO board_assets (board_id, hash, created_at) VALUES (?, ?, ?)',
      ),
      assetByHash: db.prepare<
        [string],
        { hash: string; mime_type: string; size: number; width: number; height: number; created_at: number }
      >('SELECT * FROM assets WHERE hash = ?'),
      allAssets: db.prepare<[], { hash: string }>('SELECT hash FROM assets ORDER BY hash'),
      unusedAssets: db.prepare<[], { hash: string }>(
        'SELECT hash FROM assets WHERE NOT EXISTS (SELECT 1 FROM board_assets WHERE board_assets.hash = assets.hash)',
      ),
      deleteUnusedAsset: db.prepare<[string]>(
        'DELETE FROM assets WHERE hash = ? AND NOT EXISTS (SELECT 1 FROM board_assets WHERE board_assets.hash = assets.hash)',
      ),
    }
  }

  async addAsset(boardId: string, asset: AssetRow): Promise<void> {
    this.db.transaction(() => {
      this.statements.insertAsset.run(asset)
      this.statements.linkAsset.run(boardId, asset.hash, asset.createdAt)
    })()
  }

  async getAsset(hash: string): Promise<AssetRow | null> {
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

  async allAssetHashes(): Promise<string[]> {
    return this.statements.allAssets.all().map((row) => row.hash)
  }

  async unusedAssetHashes(): Promise<string[]> {
    return this.statements.unusedAssets.all().map((row) => row.hash)
  }

  async deleteAssetIfUnused(hash: string): Promise<boolean> {
    return this.statements.deleteUnusedAsset.run(hash).changes > 0
  }
}
