import type { ParticipantProfile, PrivateWritingState, VoteState } from '@wesee/shared'

/** "n of total": how many of the people in the room have done something. */
export interface OutOf {
  done: number
  /** Null when nobody who may take part is here and nobody has done it yet. */
  total: number | null
}

/**
 * How many people in the room may take part: those here now who are not
 * facilitators (a facilitator may vote, but the room counts its participants).
 * Never fewer than `done`, so the screen never reads "3 of 2".
 */
function outOf(done: number, people: readonly ParticipantProfile[]): OutOf {
  const here = people.filter((person) => person.present && !person.isFacilitator).length
  if (here === 0 && done === 0) return { done, total: null }
  return { done, total: Math.max(here, done) }
}

/** How many people have used at least one vote, of those here: counts only, never who. */
export function votedOutOf(vote: VoteState, people: readonly ParticipantProfile[]): OutOf {
  return outOf(vote.voterCount, people)
}

/** How many people have a private note now, of those here: a number, never names or words. */
export function writingOutOf(state: PrivateWritingState, people: readonly ParticipantProfile[]): OutOf {
  return outOf(state.writers, people)
}

/** How many people shared their notes with their name so far. */
export function sharedCount(state: PrivateWritingState): number {
  return Object.keys(state.shared).length
}
