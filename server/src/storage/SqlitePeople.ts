import type Database from 'better-sqlite3'
import type { ParticipantRow, PresenceEvent } from './BoardStore.ts'
import type { PeopleStore } from './PeopleStore.ts'

/**
 * Each person's newest event, for every board or only the ones named (a JSON
 * array, or NULL for all); where it is an arrive, the server stopped without
 * seeing them go. Their leave is their last heartbeat, never before they arrived.
 */
const closeUnfinishedVisitsSql = `
INSERT INTO presence_events (board_id, participant_id, kind, at)
SELECT e.board_id, e.participant_id, 'leave', MAX(e.at, COALESCE(s.at, e.at))
FROM presence_events e
JOIN (
  SELECT MAX(seq) AS seq FROM presence_events
  WHERE @boardIds IS NULL OR board_id IN (SELECT value FROM json_each(@boardIds))
  GROUP BY board_id, participant_id
) newest ON newest.seq = e.seq
LEFT JOIN presence_last_seen s ON s.board_id = e.board_id AND s.participant_id = e.participant_id
WHERE e.kind = 'arrive'
ORDER BY e.seq`

/** The people of each board and their arrivals and leavings, in SQLite. Synchronous underneath; async to match every engine. */
export class SqlitePeople implements PeopleStore {
  private readonly statements

  constructor(private readonly db: Database.Database) {
    this.statements = {
      insertParticipant: db.prepare(
        'INSERT INTO participants (id, board_id, token_hash, created_at) VALUES (@id, @boardId, @tokenHash, @createdAt)',
      ),
      participantByToken: db.prepare<
        [string, string],
        { id: string; board_id: string; token_hash: string; created_at: number }
      >('SELECT * FROM participants WHERE board_id = ? AND token_hash = ?'),
      insertPresence: db.prepare(
        'INSERT INTO presence_events (board_id, participant_id, kind, at) VALUES (@boardId, @participantId, @kind, @at)',
      ),
      upsertLastSeen: db.prepare<[{ boardId: string; participantId: string; at: number }]>(
        `INSERT INTO presence_last_seen (board_id, participant_id, at) VALUES (@boardId, @participantId, @at)
         ON CONFLICT (board_id, participant_id) DO UPDATE SET at = MAX(at, excluded.at)`,
      ),
      closeUnfinishedVisits: db.prepare<[{ boardIds: string | null }]>(closeUnfinishedVisitsSql),
      presenceByBoard: db.prepare<
        [string],
        { board_id: string; participant_id: string; kind: 'arrive' | 'leave'; at: number }
      >('SELECT * FROM presence_events WHERE board_id = ? ORDER BY seq'),
    }
  }

  async addParticipant(participant: ParticipantRow): Promise<void> {
    this.statements.insertParticipant.run(participant)
  }

  async findParticipantByTokenHash(boardId: string, tokenHash: string): Promise<ParticipantRow | null> {
    const row = this.statements.participantByToken.get(boardId, tokenHash)
    return row
      ? { id: row.id, boardId: row.board_id, tokenHash: row.token_hash, createdAt: row.created_at }
      : null
  }

  async recordPresence(event: PresenceEvent): Promise<void> {
    this.statements.insertPresence.run(event)
  }

  async presenceEvents(boardId: string): Promise<PresenceEvent[]> {
    return this.statements.presenceByBoard.all(boardId).map((row) => ({
      boardId: row.board_id,
      participantId: row.participant_id,
      kind: row.kind,
      at: row.at,
    }))
  }

  async recordLastSeen(
    people: ReadonlyArray<{ boardId: string; participantId: string }>,
    at: number,
  ): Promise<void> {
    this.db.transaction(() => {
      for (const person of people) {
        try {
          this.statements.upsertLastSeen.run({ ...person, at })
        } catch {
          // The board was deleted while they were on it: nothing left to keep.
        }
      }
    })()
  }

  async closeUnfinishedVisits(boardIds?: readonly string[]): Promise<number> {
    const named = boardIds ? JSON.stringify(boardIds) : null
    return this.statements.closeUnfinishedVisits.run({ boardIds: named }).changes
  }
}
