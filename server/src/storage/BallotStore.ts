/**
 * One vote as cast, kept only here: ballots never go into a doc, and only
 * their voter (or the facilitator voting for them) is told about their own.
 */
export interface BallotRow {
  voteId: string
  boardId: string
  /** Whose vote it is. */
  participantId: string
  shapeId: string
  /** Who pressed the button: the voter, or the facilitator for a vote on someone's behalf (null without a token). */
  castBy: string | null
  castAt: number
}

/**
 * The ballots of every vote. Async, as a database across the network is;
 * what has resolved is stored. The vote commands run one at a time per
 * board (FacilitationService), so a count read here still holds when the
 * ballot it allows is added.
 */
export interface BallotStore {
  /** Stores one vote. */
  addBallot(ballot: BallotRow): Promise<void>
  /**
   * Removes a person's latest vote on a note in a vote of this board; false
   * when they had none there. `proxyOnly`: only a vote someone else cast for
   * them (a facilitator taking back a proxy vote never touches the person's own).
   */
  removeBallot(
    ballot: Pick<BallotRow, 'boardId' | 'voteId' | 'participantId' | 'shapeId'>,
    options: { proxyOnly: boolean },
  ): Promise<boolean>
  /**
   * Every vote of a vote of this board, oldest first. Always scoped by board:
   * a vote id is only unique within its board's history.
   */
  ballotsOfVote(boardId: string, voteId: string): Promise<BallotRow[]>
  /** How many votes each person has cast on a board, over all its votes (never for what). */
  votesCastBy(boardId: string): Promise<Map<string, number>>
}
