import type { PastVote, VoteState } from '@wesee/shared'

/** A vote whose results are showing, in the form the results list reads. */
export function asResult(vote: VoteState, now = Date.now()): PastVote | null {
  if (!vote.tally) return null
  return {
    id: vote.id,
    title: vote.title,
    anonymous: vote.anonymous,
    votesPerPerson: vote.votesPerPerson,
    startedAt: vote.startedAt,
    endedAt: vote.endedAt ?? now,
    voterCount: vote.voterCount,
    tally: vote.tally,
  }
}

/** Every vote whose results everyone may see: the kept ones, and the current one when live. */
export function visibleResults(kept: readonly PastVote[], current: VoteState | null): PastVote[] {
  const live = current ? asResult(current) : null
  if (!live || kept.some((vote) => vote.id === live.id)) return [...kept]
  return [...kept, live]
}
