import type pg from 'pg'
import type { AssetLink, BoardStorageBytes, StorageHygieneStore } from '../StorageHygieneStore.ts'
import { unpackVersionBlob } from '../versionBlobs.ts'

/** How many versions are read (and opened) at a time while looking for an upload in them. */
const versionsPerRead = 20

/** The PostgreSQL side of the uploads tidy-up and the size report. */
export class PostgresStorageHygiene implements StorageHygieneStore {
  constructor(private readonly pool: pg.Pool) {}

  async assetLinks(boardId: string): Promise<AssetLink[]> {
    const { rows } = await this.pool.query<{ board_id: string; hash: string; created_at: string }>(
      'SELECT board_id, hash, created_at FROM board_assets WHERE board_id = $1 ORDER BY hash',
      [boardId],
    )
    return rows.map((row) => ({ boardId: row.board_id, hash: row.hash, createdAt: Number(row.created_at) }))
  }

  async unlinkAsset(boardId: string, hash: string): Promise<boolean> {
    const result = await this.pool.query('DELETE FROM board_assets WHERE board_id = $1 AND hash = $2', [
      boardId,
      hash,
    ])
    return (result.rowCount ?? 0) > 0
  }

  async uploadMentioned(hash: string, boardId: string | null): Promise<boolean> {
    const needle = Buffer.from(hash, 'utf8')
    // position() on two byteas searches bytes. starts_with, not LIKE: a board id may hold _.
    const docs = await this.pool.query(
      `SELECT 1 FROM doc_updates WHERE ($1::text IS NULL OR starts_with(doc, $1 || '/'))
       AND position($2::bytea IN data) > 0 LIMIT 1`,
      [boardId, needle],
    )
    if (docs.rows.length > 0) return true
    // Versions are compressed: each is opened, a few at a time, to look.
    let after = '0'
    for (;;) {
      const { rows } = await this.pool.query<{ seq: string; content: Buffer; encoding: string }>(
        `SELECT seq, content, encoding FROM versions WHERE ($1::text IS NULL OR board_id = $1) AND seq > $2
         ORDER BY seq LIMIT $3`,
        [boardId, after, versionsPerRead],
      )
      for (const row of rows) {
        if (Buffer.from(unpackVersionBlob(row.content, row.encoding)).includes(needle)) return true
      }
      const last = rows.at(-1)
      if (!last || rows.length < versionsPerRead) return false
      after = last.seq
    }
  }

  async storageOf(boardId: string): Promise<BoardStorageBytes> {
    const { rows } = await this.pool.query<{
      docs: string | null
      versions: string | null
      uploads: string | null
    }>(
      `SELECT
         (SELECT SUM(octet_length(data)) FROM doc_updates WHERE starts_with(doc, $1 || '/')) AS docs,
         (SELECT SUM(octet_length(content) + octet_length(control)) FROM versions WHERE board_id = $1) AS versions,
         (SELECT SUM(assets.size) FROM board_assets JOIN assets ON assets.hash = board_assets.hash
          WHERE board_assets.board_id = $1) AS uploads`,
      [boardId],
    )
    const row = rows[0]
    return {
      docs: Number(row?.docs ?? 0),
      versions: Number(row?.versions ?? 0),
      uploads: Number(row?.uploads ?? 0),
    }
  }
}
