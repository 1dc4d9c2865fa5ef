import type * as Y from 'yjs'
import { rankVotes, type Ballot, type PastVote, type VoteState } from '@wesee/shared'
import { noteText } from './noteContent.ts'

/**
 * What everyone may see of a vote, counted from its secret ballots: how many
 * people have voted, and, only once results are visible, the count per note
 * (with voters only when the vote is named). This is the one place ballots
 * turn into something that goes into the control doc.
 */
export function publicVoteState(vote: VoteState, ballots: readonly Ballot[], content: Y.Doc): VoteState {
  const voterCount = new Set(ballots.map((ballot) => ballot.participantId)).size
  const tally = vote.revealed
    ? rankVotes(ballots, vote.shapeIds, {
        named: !vote.anonymous,
        textOf: (shapeId) => noteText(content, shapeId),
      })
    : null
  return { ...vote, voterCount, tally }
}

/** A finished, visible vote as the board keeps it for later. */
export function pastVote(vote: VoteState): PastVote | null {
  if (!vote.tally || vote.endedAt === null) return null
  return {
    id: vote.id,
    title: vote.title,
    anonymous: vote.anonymous,
    votesPerPerson: vote.votesPerPerson,
    startedAt: vote.startedAt,
    endedAt: vote.endedAt,
    voterCount: vote.voterCount,
    tally: vote.tally,
  }
}
