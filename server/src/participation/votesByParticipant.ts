import type { ControlSnapshot } from '@wesee/shared'

interface TallyLike {
  notes?: Array<{ voters?: Array<{ participantId?: unknown; votes?: unknown }> }>
}

/**
 * How many votes each person cast, from the votes whose voters everyone may
 * see (named votes, in the control doc's `vote` and `voteResults`).
 * Anonymous ballots stay in the ballot box; `ballotCounts` adds them when
 * the ballot box can count them per person (it never says for what).
 */
export function votesByParticipant(
  control: ControlSnapshot,
  ballotCounts?: ReadonlyMap<string, number>,
): Map<string, number> {
  if (ballotCounts) return new Map(ballotCounts)
  const counts = new Map<string, number>()
  const tallies: TallyLike[] = []
  const current = control.vote as { tally?: TallyLike | null } | null | undefined
  const past = control.voteResults as Array<{ id?: unknown; tally?: TallyLike }> | undefined
  const pastIds = new Set((Array.isArray(past) ? past : []).map((vote) => vote.id))
  if (current?.tally && !pastIds.has((current as { id?: unknown }).id)) tallies.push(current.tally)
  for (const vote of Array.isArray(past) ? past : []) if (vote.tally) tallies.push(vote.tally)
  for (const tally of tallies) {
    for (const note of tally.notes ?? []) {
      for (const voter of note.voters ?? []) {
        if (typeof voter.participantId !== 'string' || typeof voter.votes !== 'number') continue
        counts.set(voter.participantId, (counts.get(voter.participantId) ?? 0) + voter.votes)
      }
    }
  }
  return counts
}
