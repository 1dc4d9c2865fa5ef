import { createHash } from 'node:crypto'
import type pg from 'pg'
import { isAssetHash } from '@wesee/shared'
import type { ImageInfo } from '../../assets/inspectImage.ts'
import type { StorageHygieneStore } from '../StorageHygieneStore.ts'
import type { AssetRow } from '../BoardStore.ts'
import type { UploadStore } from '../UploadStore.ts'
import { lockAsset } from './assetLocks.ts'
import { inTransaction } from './inTransaction.ts'
import {
  assetColumns,
  toAssetRow,
  type AssetRecord,
  type PostgresAssetRecords,
} from './PostgresAssetRecords.ts'
import { removeUnusedUploads } from '../removeUnusedUploads.ts'

/**
 * Uploaded images in PostgreSQL: the bytes in `assets.data`, beside the
 * row, so any node can serve any board. The row, its bytes and the board's
 * link are written in one transaction under the image's lock, so there is
 * never a half: no stray bytes (`strayFiles` is always empty) and no removal
 * between an upload's row and its link.
 */
export class PostgresUploads implements UploadStore {
  constructor(
    private readonly pool: pg.Pool,
    private readonly records: PostgresAssetRecords,
    private readonly hygiene: Pick<StorageHygieneStore, 'uploadMentioned'>,
  ) {}

  save(boardId: string, bytes: Uint8Array, image: ImageInfo): Promise<AssetRow> {
    const hash = createHash('sha256').update(bytes).digest('hex')
    const createdAt = Date.now()
    return inTransaction(this.pool, async (client) => {
      await lockAsset(client, hash)
      // The same bytes are stored once; a row without bytes yet (linked by a copy) gets them now.
      const { rows } = await client.query<AssetRecord>(
        `INSERT INTO assets (${assetColumns}, data) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (hash) DO UPDATE SET data = COALESCE(assets.data, EXCLUDED.data)
         RETURNING ${assetColumns}`,
        [hash, image.mimeType, bytes.byteLength, image.width, image.height, createdAt, Buffer.from(bytes)],
      )
      await client.query(
        'INSERT INTO board_assets (board_id, hash, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
        [boardId, hash, createdAt],
      )
      const stored = rows[0]
      if (!stored) throw new Error(`The upload ${hash} was not stored.`)
      return toAssetRow(stored)
    })
  }

  async find(hash: string): Promise<{ asset: AssetRow; bytes: Uint8Array } | null> {
    if (!isAssetHash(hash)) return null
    const { rows } = await this.pool.query<AssetRecord & { data: Buffer }>(
      `SELECT ${assetColumns}, data FROM assets WHERE hash = $1 AND data IS NOT NULL`,
      [hash],
    )
    const row = rows[0]
    return row ? { asset: toAssetRow(row), bytes: new Uint8Array(row.data) } : null
  }

  removeUnused(): Promise<number> {
    return removeUnusedUploads(this.records, this.hygiene, this)
  }

  async removeIfUnused(hash: string): Promise<boolean> {
    if (!isAssetHash(hash)) return false
    // The bytes are in the row: removing the row under the image's lock removes both at once.
    return this.records.deleteAssetIfUnused(hash)
  }

  async strayFiles(_before: number): Promise<string[]> {
    return []
  }

  async removeStray(_name: string): Promise<void> {}

  /** Rows made for a picture another board showed, whose upload never came (see PostgresAssetRecords.addAsset). */
  async missing(): Promise<string[]> {
    const { rows } = await this.pool.query<{ hash: string }>(
      'SELECT hash FROM assets WHERE data IS NULL ORDER BY hash',
    )
    return rows.map((row) => row.hash)
  }

  async storedBytes(): Promise<number> {
    const { rows } = await this.pool.query<{ n: string | null }>(
      'SELECT SUM(octet_length(data)) AS n FROM assets',
    )
    return Number(rows[0]?.n ?? 0)
  }
}
