import type { Ballot, MyVotes, VoteState } from '@wesee/shared'

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
