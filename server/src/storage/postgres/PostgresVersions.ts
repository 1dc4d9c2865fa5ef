import type pg from 'pg'
import type { VersionRetentionStore } from '../VersionRetentionStore.ts'
import {
  currentVersionEncoding,
  packVersionBlob,
  unpackVersionBlob,
  VersionEncoding,
} from '../versionBlobs.ts'
import type { VersionListing, VersionRow, VersionStore } from '../VersionStore.ts'
import { writeUnderLease, type BoardWriteFence } from './boardWriteFence.ts'

interface VersionRecord {
  id: string
  board_id: string
  created_at: string
  trigger_kind: string
  name: string | null
  stage: string | null
  content: Buffer
  control: Buffer
  encoding: string
}

/**
 * Stores one version, compressed, on `db` (the pool, or a client inside a
 * transaction that writes more with it); returns the bytes it takes.
 */
export async function insertVersion(db: pg.Pool | pg.PoolClient, version: VersionRow): Promise<number> {
  const content = packVersionBlob(version.content)
  const control = packVersionBlob(version.control)
  await db.query(
    `INSERT INTO versions (id, board_id, created_at, trigger_kind, name, stage, content, control, encoding)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      version.id,
      version.boardId,
      version.createdAt,
      version.trigger,
      version.name,
      version.stage,
      content,
      control,
      currentVersionEncoding,
    ],
  )
  return content.byteLength + control.byteLength
}

/**
 * Versions in PostgreSQL (the `versions` table), compressed as in SQLite
 * (`versionBlobs.ts`), and what their tidy-up needs. On a node of a cluster
 * a version is saved only under the board's lease (`fence`): a node that
 * lost the board would save a snapshot without its new owner's changes.
 */
export class PostgresVersions implements VersionStore, VersionRetentionStore {
  constructor(
    private readonly pool: pg.Pool,
    private readonly fence: BoardWriteFence | null = null,
  ) {}

  addVersion(version: VersionRow): Promise<number> {
    return writeUnderLease(this.pool, this.fence, version.boardId, (db) => insertVersion(db, version))
  }

  async listVersions(boardId: string): Promise<VersionListing[]> {
    const { rows } = await this.pool.query<Omit<VersionRecord, 'content' | 'control'> & { size: string }>(
      `SELECT id, board_id, created_at, trigger_kind, name, stage, octet_length(content) + octet_length(control) AS size
       FROM versions WHERE board_id = $1 ORDER BY created_at DESC, seq DESC`,
      [boardId],
    )
    return rows.map((row) => ({
      id: row.id,
      boardId: row.board_id,
      createdAt: Number(row.created_at),
      trigger: row.trigger_kind,
      name: row.name,
      stage: row.stage,
      size: Number(row.size),
    }))
  }

  async getVersion(boardId: string, versionId: string): Promise<(VersionRow & { size: number }) | null> {
    const { rows } = await this.pool.query<VersionRecord>(
      'SELECT * FROM versions WHERE board_id = $1 AND id = $2',
      [boardId, versionId],
    )
    const row = rows[0]
    if (!row) return null
    return {
      id: row.id,
      boardId: row.board_id,
      createdAt: Number(row.created_at),
      trigger: row.trigger_kind,
      name: row.name,
      stage: row.stage,
      content: unpackVersionBlob(row.content, row.encoding),
      control: unpackVersionBlob(row.control, row.encoding),
      size: row.content.byteLength + row.control.byteLength,
    }
  }

  async latestVersionAt(boardId: string): Promise<number | null> {
    const { rows } = await this.pool.query<{ at: string | null }>(
      'SELECT MAX(created_at) AS at FROM versions WHERE board_id = $1',
      [boardId],
    )
    const at = rows[0]?.at
    return at === null || at === undefined ? null : Number(at)
  }

  async boardIds(): Promise<string[]> {
    const { rows } = await this.pool.query<{ id: string }>('SELECT id FROM boards ORDER BY created_at, id')
    return rows.map((row) => row.id)
  }

  async deleteVersions(boardId: string, versionIds: readonly string[]): Promise<number> {
    if (versionIds.length === 0) return 0
    // One statement: all of them or none.
    const result = await this.pool.query(
      'DELETE FROM versions WHERE board_id = $1 AND id = ANY($2::text[])',
      [boardId, [...versionIds]],
    )
    return result.rowCount ?? 0
  }

  async versionsToCompact(limit: number): Promise<Array<{ boardId: string; id: string }>> {
    const { rows } = await this.pool.query<{ board_id: string; id: string }>(
      'SELECT board_id, id FROM versions WHERE encoding = $1 ORDER BY created_at, seq LIMIT $2',
      [VersionEncoding.Plain, Math.min(limit, Number.MAX_SAFE_INTEGER)],
    )
    return rows.map((row) => ({ boardId: row.board_id, id: row.id }))
  }

  async compactVersion(boardId: string, versionId: string, stage: string | null): Promise<void> {
    const { rows } = await this.pool.query<{ content: Buffer; control: Buffer; encoding: string }>(
      'SELECT content, control, encoding FROM versions WHERE board_id = $1 AND id = $2',
      [boardId, versionId],
    )
    const row = rows[0]
    if (!row || row.encoding === currentVersionEncoding) return
    // Only a row still in the old encoding is rewritten: a second pass at the same time changes nothing.
    await this.pool.query(
      `UPDATE versions SET content = $3, control = $4, encoding = $5, stage = $6
       WHERE board_id = $1 AND id = $2 AND encoding = $7`,
      [
        boardId,
        versionId,
        packVersionBlob(unpackVersionBlob(row.content, row.encoding)),
        packVersionBlob(unpackVersionBlob(row.control, row.encoding)),
        currentVersionEncoding,
        stage,
        row.encoding,
      ],
    )
  }
}
