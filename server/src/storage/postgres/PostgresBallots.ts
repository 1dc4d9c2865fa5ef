import type pg from 'pg'
import type { BallotRow, BallotStore } from '../BallotStore.ts'
import { writeUnderLease, type BoardWriteFence } from './boardWriteFence.ts'

interface BallotRecord {
  vote_id: string
  board_id: string
  participant_id: string
  shape_id: string
  cast_by: string | null
  cast_at: string
}

/**
 * The ballots in PostgreSQL (the `ballots` table); each call is committed
 * when it resolves. On a node of a cluster a ballot is cast and taken back
 * only under the board's lease (`fence`): a node that lost the board cannot
 * add to a vote its new owner may have ended.
 */
export class PostgresBallots implements BallotStore {
  constructor(
    private readonly pool: pg.Pool,
    private readonly fence: BoardWriteFence | null = null,
  ) {}

  async addBallot(ballot: BallotRow): Promise<void> {
    await writeUnderLease(this.pool, this.fence, ballot.boardId, (db) =>
      db.query(
        `INSERT INTO ballots (vote_id, board_id, participant_id, shape_id, cast_by, cast_at)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [ballot.voteId, ballot.boardId, ballot.participantId, ballot.shapeId, ballot.castBy, ballot.castAt],
      ),
    )
  }

  async removeBallot(
    ballot: Pick<BallotRow, 'boardId' | 'voteId' | 'participantId' | 'shapeId'>,
    { proxyOnly }: { proxyOnly: boolean },
  ): Promise<boolean> {
    // A proxy ballot: one somebody else pressed the button for (cast_by may be null).
    const proxy = proxyOnly ? 'AND cast_by IS DISTINCT FROM participant_id' : ''
    const result = await writeUnderLease(this.pool, this.fence, ballot.boardId, (db) =>
      db.query(
        `DELETE FROM ballots WHERE seq = (
           SELECT MAX(seq) FROM ballots
           WHERE board_id = $1 AND vote_id = $2 AND participant_id = $3 AND shape_id = $4 ${proxy})`,
        [ballot.boardId, ballot.voteId, ballot.participantId, ballot.shapeId],
      ),
    )
    return (result.rowCount ?? 0) > 0
  }

  async ballotsOfVote(boardId: string, voteId: string): Promise<BallotRow[]> {
    const { rows } = await this.pool.query<BallotRecord>(
      'SELECT * FROM ballots WHERE board_id = $1 AND vote_id = $2 ORDER BY seq',
      [boardId, voteId],
    )
    return rows.map((row) => ({
      voteId: row.vote_id,
      boardId: row.board_id,
      participantId: row.participant_id,
      shapeId: row.shape_id,
      castBy: row.cast_by,
      castAt: Number(row.cast_at),
    }))
  }

  async votesCastBy(boardId: string): Promise<Map<string, number>> {
    const { rows } = await this.pool.query<{ participant_id: string; n: string }>(
      'SELECT participant_id, COUNT(*) AS n FROM ballots WHERE board_id = $1 GROUP BY participant_id',
      [boardId],
    )
    return new Map(rows.map((row) => [row.participant_id, Number(row.n)]))
  }
}
