import type pg from 'pg'
import type { AcceptedImageType } from '@wesee/shared'
import type { AssetRecords } from '../AssetRecords.ts'
import type { AssetRow } from '../BoardStore.ts'
import { lockAsset } from './assetLocks.ts'
import { inTransaction } from './inTransaction.ts'

export interface AssetRecord {
  hash: string
  mime_type: string
  size: number
  width: number
  height: number
  created_at: string
}

/** The columns of an image's row apart from its bytes. */
export const assetColumns = 'hash, mime_type, size, width, height, created_at'

export function toAssetRow(row: AssetRecord): AssetRow {
  return {
    hash: row.hash,
    mimeType: row.mime_type as AcceptedImageType,
    size: row.size,
    width: row.width,
    height: row.height,
    createdAt: Number(row.created_at),
  }
}

/**
 * Which images exist and which boards use them, in PostgreSQL (`assets`
 * without its `data`, and `board_assets`). Each change holds the image's
 * lock (`lockAsset`), like an upload of it.
 */
export class PostgresAssetRecords implements AssetRecords {
  constructor(private readonly pool: pg.Pool) {}

  async addAsset(boardId: string, asset: AssetRow): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      await lockAsset(client, asset.hash)
      // A row made here has no bytes yet: find() shows it only once an upload brings them.
      await client.query(
        `INSERT INTO assets (${assetColumns}) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (hash) DO NOTHING`,
        [asset.hash, asset.mimeType, asset.size, asset.width, asset.height, asset.createdAt],
      )
      await client.query(
        'INSERT INTO board_assets (board_id, hash, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
        [boardId, asset.hash, asset.createdAt],
      )
    })
  }

  async getAsset(hash: string): Promise<AssetRow | null> {
    const { rows } = await this.pool.query<AssetRecord>(
      `SELECT ${assetColumns} FROM assets WHERE hash = $1`,
      [hash],
    )
    return rows[0] ? toAssetRow(rows[0]) : null
  }

  async allAssetHashes(): Promise<string[]> {
    const { rows } = await this.pool.query<{ hash: string }>('SELECT hash FROM assets ORDER BY hash')
    return rows.map((row) => row.hash)
  }

  async unusedAssetHashes(): Promise<string[]> {
    const { rows } = await this.pool.query<{ hash: string }>(
      `SELECT hash FROM assets WHERE NOT EXISTS (SELECT 1 FROM board_assets WHERE board_assets.hash = assets.hash)
       ORDER BY hash`,
    )
    return rows.map((row) => row.hash)
  }

  deleteAssetIfUnused(hash: string): Promise<boolean> {
    return inTransaction(this.pool, async (client) => {
      await lockAsset(client, hash)
      const result = await client.query(
        `DELETE FROM assets WHERE hash = $1
         AND NOT EXISTS (SELECT 1 FROM board_assets WHERE board_assets.hash = assets.hash)`,
        [hash],
      )
      return (result.rowCount ?? 0) > 0
    })
  }
}
