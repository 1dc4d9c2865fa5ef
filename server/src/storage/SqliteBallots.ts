import type Database from 'better-sqlite3'
import type { BallotRow, BallotStore } from './BallotStore.ts'

interface BallotRecord {
  vote_id: string
  board_id: string
  participant_id: string
  shape_id: string
  cast_by: string | null
  cast_at: number
}

/** The ballots in SQLite (the `ballots` table). Synchronous underneath; async to match every engine. */
export class SqliteBallots implements BallotStore {
  private readonly statements

  constructor(db: Database.Database) {
    this.statements = {
      insert: db.prepare(
        `INSERT INTO ballots (vote_id, board_id, participant_id, shape_id, cast_by, cast_at)
         VALUES (@voteId, @boardId, @participantId, @shapeId, @castBy, @castAt)`,
      ),
      deleteLatest: db.prepare<[string, string, string, string]>(
        `DELETE FROM ballots WHERE seq = (
           SELECT MAX(seq) FROM ballots
           WHERE board_id = ? AND vote_id = ? AND participant_id = ? AND shape_id = ?)`,
      ),
      // A proxy ballot: one somebody else pressed the button for (cast_by may be null).
      deleteLatestProxy: db.prepare<[string, string, string, string]>(
        `DELETE FROM ballots WHERE seq = (
           SELECT MAX(seq) FROM ballots
           WHERE board_id = ? AND vote_id = ? AND participant_id = ? AND shape_id = ?
             AND cast_by IS NOT participant_id)`,
      ),
      ofVote: db.prepare<[string, string], BallotRecord>(
        'SELECT * FROM ballots WHERE board_id = ? AND vote_id = ? ORDER BY seq',
      ),
      votesCastBy: db.prepare<[string], { participant_id: string; n: number }>(
        'SELECT participant_id, COUNT(*) AS n FROM ballots WHERE board_id = ? GROUP BY participant_id',
      ),
    }
  }

  async addBallot(ballot: BallotRow): Promise<void> {
    this.statements.insert.run(ballot)
  }

  async removeBallot(
    ballot: Pick<BallotRow, 'boardId' | 'voteId' | 'participantId' | 'shapeId'>,
    { proxyOnly }: { proxyOnly: boolean },
  ): Promise<boolean> {
    const statement = proxyOnly ? this.statements.deleteLatestProxy : this.statements.deleteLatest
    return statement.run(ballot.boardId, ballot.voteId, ballot.participantId, ballot.shapeId).changes > 0
  }

  async ballotsOfVote(boardId: string, voteId: string): Promise<BallotRow[]> {
    return this.statements.ofVote.all(boardId, voteId).map(ballotFrom)
  }

  async votesCastBy(boardId: string): Promise<Map<string, number>> {
    const rows = this.statements.votesCastBy.all(boardId)
    return new Map(rows.map((row) => [row.participant_id, row.n]))
  }
}

function ballotFrom(row: BallotRecord): BallotRow {
  return {
    voteId: row.vote_id,
    boardId: row.board_id,
    participantId: row.participant_id,
    shapeId: row.shape_id,
    castBy: row.cast_by,
    castAt: row.cast_at,
  }
}
