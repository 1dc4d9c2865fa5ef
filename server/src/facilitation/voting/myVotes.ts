import type { Ballot, MyVotes, VoteState } from '@wesee/shared'

/** A ballot with who pressed the button (as the store keeps it). */
export interface CastBallot extends Ballot {
  castBy: string | null
}

/** One person's own votes in a vote: told only to them (or the facilitator voting for them). */
export function myVotes(vote: VoteState | null, ballots: readonly Ballot[], participantId: string): MyVotes {
  const votes: Record<string, number> = {}
  let used = 0
  for (const ballot of ballots) {
    if (ballot.participantId !== participantId) continue
    votes[ballot.shapeId] = (votes[ballot.shapeId] ?? 0) + 1
    used++
  }
  const votesPerPerson = vote?.votesPerPerson ?? 0
  return {
    voteId: vote?.id ?? null,
    participantId,
    votesPerPerson,
    votesLeft: vote?.status === 'open' ? Math.max(0, votesPerPerson - used) : 0,
    votes,
  }
}

/** True for a vote the person cast themselves (their secret, even from the facilitator). */
export function isOwnBallot(ballot: CastBallot): boolean {
  return ballot.castBy === ballot.participantId
}

/** True when the person has cast a vote of their own in this vote. */
export function hasOwnVotes(ballots: readonly CastBallot[], participantId: string): boolean {
  return ballots.some((ballot) => ballot.participantId === participantId && isOwnBallot(ballot))
}

/**
 * What the facilitator may know of someone they vote for: only the votes
 * they cast on that person's behalf, never the person's own secret ones.
 * Once the person votes on their own device the facilitator cannot vote for
 * them any more in this vote, so there are no votes left to give them.
 */
export function proxyVotes(
  vote: VoteState | null,
  ballots: readonly CastBallot[],
  participantId: string,
): MyVotes {
  const mine = myVotes(
    vote,
    ballots.filter((ballot) => !isOwnBallot(ballot)),
    participantId,
  )
  return hasOwnVotes(ballots, participantId) ? { ...mine, votesLeft: 0 } : mine
}
