import type pg from 'pg'
import type { ParticipantRow, PresenceEvent } from '../BoardStore.ts'
import type { PeopleStore } from '../PeopleStore.ts'
import { writeUnderLease, type BoardWriteFence } from './boardWriteFence.ts'

interface ParticipantRecord {
  id: string
  board_id: string
  token_hash: string
  created_at: string
}

interface PresenceRecord {
  board_id: string
  participant_id: string
  kind: 'arrive' | 'leave'
  at: string
}

/**
 * Each person's newest event; where it is an arrive, the server stopped
 * without seeing them go. Their leave is their last heartbeat, never before
 * they arrived. Inserted oldest first, so the leaves keep the visits' order.
 * `$1` is null for every board, or the boards to close.
 */
const closeUnfinishedVisitsSql = `
INSERT INTO presence_events (board_id, participant_id, kind, at)
SELECT e.board_id, e.participant_id, 'leave', GREATEST(e.at, COALESCE(s.at, e.at))
FROM presence_events e
JOIN (
  SELECT MAX(seq) AS seq FROM presence_events
  WHERE $1::text[] IS NULL OR board_id = ANY($1::text[])
  GROUP BY board_id, participant_id
) newest ON newest.seq = e.seq
LEFT JOIN presence_last_seen s ON s.board_id = e.board_id AND s.participant_id = e.participant_id
WHERE e.kind = 'arrive'
ORDER BY e.seq`

/**
 * The people of each board and their arrivals and leavings, in PostgreSQL.
 * Each call is committed when it resolves. On a node of a cluster an
 * arrive or leave is written only under the board's lease (`fence`): a
 * late leave from a node that lost the board would cut short a visit its
 * new owner is counting.
 */
export class PostgresPeople implements PeopleStore {
  constructor(
    private readonly pool: pg.Pool,
    private readonly fence: BoardWriteFence | null = null,
  ) {}

  async addParticipant(participant: ParticipantRow): Promise<void> {
    await this.pool.query(
      'INSERT INTO participants (id, board_id, token_hash, created_at) VALUES ($1, $2, $3, $4)',
      [participant.id, participant.boardId, participant.tokenHash, participant.createdAt],
    )
  }

  async findParticipantByTokenHash(boardId: string, tokenHash: string): Promise<ParticipantRow | null> {
    const { rows } = await this.pool.query<ParticipantRecord>(
      'SELECT id, board_id, token_hash, created_at FROM participants WHERE board_id = $1 AND token_hash = $2',
      [boardId, tokenHash],
    )
    const row = rows[0]
    return row
      ? { id: row.id, boardId: row.board_id, tokenHash: row.token_hash, createdAt: Number(row.created_at) }
      : null
  }

  async recordPresence(event: PresenceEvent): Promise<void> {
    await writeUnderLease(this.pool, this.fence, event.boardId, (db) =>
      db.query('INSERT INTO presence_events (board_id, participant_id, kind, at) VALUES ($1, $2, $3, $4)', [
        event.boardId,
        event.participantId,
        event.kind,
        event.at,
      ]),
    )
  }

  async presenceEvents(boardId: string): Promise<PresenceEvent[]> {
    const { rows } = await this.pool.query<PresenceRecord>(
      'SELECT board_id, participant_id, kind, at FROM presence_events WHERE board_id = $1 ORDER BY seq',
      [boardId],
    )
    return rows.map((row) => ({
      boardId: row.board_id,
      participantId: row.participant_id,
      kind: row.kind,
      at: Number(row.at),
    }))
  }

  async recordLastSeen(
    people: ReadonlyArray<{ boardId: string; participantId: string }>,
    at: number,
  ): Promise<void> {
    if (people.length === 0) return
    // One statement, so one transaction. A board deleted while its people were
    // on it is skipped (nothing left to keep) rather than failing everyone's
    // heartbeat: FOR KEY SHARE waits for a delete under way and then finds no
    // row. DISTINCT, because one upsert may not touch the same row twice.
    await this.pool.query(
      `INSERT INTO presence_last_seen (board_id, participant_id, at)
       SELECT DISTINCT t.board_id, t.participant_id, $3::bigint
       FROM unnest($1::text[], $2::text[]) AS t (board_id, participant_id)
       WHERE EXISTS (SELECT 1 FROM boards WHERE boards.id = t.board_id FOR KEY SHARE)
       ON CONFLICT (board_id, participant_id) DO UPDATE SET at = GREATEST(presence_last_seen.at, EXCLUDED.at)`,
      [people.map((person) => person.boardId), people.map((person) => person.participantId), at],
    )
  }

  async closeUnfinishedVisits(boardIds?: readonly string[]): Promise<number> {
    const result = await this.pool.query(closeUnfinishedVisitsSql, [boardIds ? [...boardIds] : null])
    return result.rowCount ?? 0
  }
}
