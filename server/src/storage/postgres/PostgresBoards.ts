import type pg from 'pg'
import type { TemplateId } from '@wesee/shared'
import { hashBoardKey, sealBoardKey, type BoardKeyVault } from '../../auth/boardKeyVault.ts'
import type { BoardRecords, InitialDoc } from '../BoardRecords.ts'
import type { BoardFlags, BoardRow } from '../BoardStore.ts'
import type { VersionRow } from '../VersionStore.ts'
import { inTransaction } from './inTransaction.ts'
import { insertVersion } from './PostgresVersions.ts'

interface BoardRecord {
  id: string
  title: string
  template: string
  created_at: string
  archived: boolean
  facilitator_key: string
  participant_key: string
  viewer_key: string
  join_code: string
  joining_open: boolean
  locked: boolean
  drawing: boolean
}

const keyColumns = {
  facilitator: 'facilitator_key',
  participant: 'participant_key',
  viewer: 'viewer_key',
} as const

/**
 * The boards in PostgreSQL: rows, keys (the facilitator's hashed, the
 * others sealed with the same secret file as SQLite, so a dump alone holds
 * no working link) and switches. A board's docs are the rows of
 * `doc_updates` named `<board id>/…`.
 */
export class PostgresBoards implements BoardRecords {
  constructor(
    private readonly pool: pg.Pool,
    /** Null when the store was opened without one: boards can be read (with empty links) but not made. */
    private readonly vault: BoardKeyVault | null,
  ) {}

  createBoard(board: BoardRow, initialDocs: readonly InitialDoc[]): Promise<void> {
    return this.createBoardWithVersions(board, initialDocs, [])
  }

  async createBoardWithVersions(
    board: BoardRow,
    initialDocs: readonly InitialDoc[],
    versions: readonly VersionRow[],
  ): Promise<void> {
    const participantKey = sealBoardKey(this.vault, board.participantKey)
    const viewerKey = sealBoardKey(this.vault, board.viewerKey)
    await inTransaction(this.pool, async (client) => {
      // Only named fields: a new board also carries its plain facilitator key, which must never be stored.
      await client.query(
        `INSERT INTO boards (id, title, template, created_at, archived, facilitator_key, participant_key, viewer_key, join_code, joining_open, locked, drawing)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [
          board.id,
          board.title,
          board.template,
          board.createdAt,
          board.archived,
          board.facilitatorKeyHash,
          participantKey,
          viewerKey,
          board.joinCode,
          board.joiningOpen,
          board.locked,
          board.drawing,
        ],
      )
      for (const { doc, update } of initialDocs) {
        await client.query('INSERT INTO doc_updates (doc, data) VALUES ($1, $2)', [doc, Buffer.from(update)])
      }
      for (const version of versions) await insertVersion(client, version)
    })
  }

  async getBoard(id: string): Promise<BoardRow | null> {
    const { rows } = await this.pool.query<BoardRecord>('SELECT * FROM boards WHERE id = $1', [id])
    return rows[0] ? this.toBoardRow(rows[0]) : null
  }

  async getBoardByJoinCode(code: string): Promise<BoardRow | null> {
    const { rows } = await this.pool.query<BoardRecord>('SELECT * FROM boards WHERE join_code = $1', [code])
    return rows[0] ? this.toBoardRow(rows[0]) : null
  }

  async isJoinCodeTaken(code: string): Promise<boolean> {
    const { rows } = await this.pool.query('SELECT 1 FROM boards WHERE join_code = $1', [code])
    return rows.length > 0
  }

  async replaceBoardKey(
    id: string,
    role: 'facilitator' | 'participant' | 'viewer',
    key: string,
  ): Promise<void> {
    const stored = role === 'facilitator' ? hashBoardKey(key) : sealBoardKey(this.vault, key)
    // The column comes from the fixed table above, never from the caller.
    await this.pool.query(`UPDATE boards SET ${keyColumns[role]} = $1 WHERE id = $2`, [stored, id])
  }

  async getBoardFlags(id: string): Promise<BoardFlags | null> {
    const { rows } = await this.pool.query<Pick<BoardRecord, 'joining_open' | 'locked' | 'drawing'>>(
      'SELECT joining_open, locked, drawing FROM boards WHERE id = $1',
      [id],
    )
    const row = rows[0]
    return row ? { joiningOpen: row.joining_open, locked: row.locked, drawing: row.drawing } : null
  }

  async setBoardFlags(id: string, flags: Partial<BoardFlags>): Promise<void> {
    await this.pool.query(
      `UPDATE boards SET joining_open = COALESCE($2, joining_open), locked = COALESCE($3, locked),
         drawing = COALESCE($4, drawing) WHERE id = $1`,
      [id, flags.joiningOpen ?? null, flags.locked ?? null, flags.drawing ?? null],
    )
  }

  async updateBoard(id: string, changes: Partial<Pick<BoardRow, 'title' | 'archived'>>): Promise<void> {
    // One statement: both changes or neither.
    await this.pool.query(
      'UPDATE boards SET title = COALESCE($2, title), archived = COALESCE($3, archived) WHERE id = $1',
      [id, changes.title ?? null, changes.archived ?? null],
    )
  }

  async deleteBoard(id: string): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      // starts_with, not LIKE: a board id may hold _, a LIKE wildcard.
      await client.query('DELETE FROM doc_updates WHERE starts_with(doc, $1)', [`${id}/`])
      // People, presence, versions, ballots, settings and image links go with the row (ON DELETE CASCADE).
      await client.query('DELETE FROM boards WHERE id = $1', [id])
    })
  }

  async lastActivityAt(id: string): Promise<number> {
    // GREATEST skips nulls: a board nobody joined or saved is as old as it was made.
    const { rows } = await this.pool.query<{ at: string | null }>(
      `SELECT GREATEST(
         (SELECT created_at FROM boards WHERE id = $1),
         (SELECT MAX(at) FROM presence_events WHERE board_id = $1),
         (SELECT MAX(created_at) FROM versions WHERE board_id = $1)) AS at`,
      [id],
    )
    return Number(rows[0]?.at ?? 0)
  }

  private toBoardRow(row: BoardRecord): BoardRow {
    return {
      id: row.id,
      title: row.title,
      template: row.template as TemplateId,
      createdAt: Number(row.created_at),
      archived: row.archived,
      facilitatorKeyHash: row.facilitator_key,
      // Without the secret a sealed link opens as '', which matches no link, as in SQLite.
      participantKey: this.vault?.open(row.participant_key) ?? '',
      viewerKey: this.vault?.open(row.viewer_key) ?? '',
      joinCode: row.join_code,
      joiningOpen: row.joining_open,
      locked: row.locked,
      drawing: row.drawing,
    }
  }
}
