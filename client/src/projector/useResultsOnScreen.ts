import { useRef } from 'react'
import type { ControlSnapshot, VoteState, VoteTally } from '@wesee/shared'

/**
 * The results the projector shows over the board: the ones everyone's
 * screen shows (the vote's own `tally` in the control doc, filled in by
 * the server once the facilitator shows the results), once the vote has
 * ended. They stay until the next vote starts or the facilitator takes the
 * group to another step, so the board comes back for the next part.
 */
export function useResultsOnScreen(
  control: ControlSnapshot | null,
): (VoteState & { tally: VoteTally }) | null {
  const vote = control?.vote ?? null
  const stepAt = control?.stage?.changedAt ?? 0
  // The step the room was at when these results first showed here.
  const shownAt = useRef<{ voteId: string; stepAt: number } | null>(null)
  if (!vote || vote.status !== 'ended' || !vote.tally) {
    shownAt.current = null
    return null
  }
  if (shownAt.current?.voteId !== vote.id) shownAt.current = { voteId: vote.id, stepAt }
  // Moved on since they showed, or (opening the page later) since they were shown to everyone:
  // results shown after a step change (the vote ended, the group moved on, then "Show the results") still show.
  const shownSince = Math.max(vote.endedAt ?? 0, vote.revealedAt ?? 0)
  const movedOn = stepAt !== shownAt.current.stepAt || stepAt > shownSince
  if (movedOn) return null
  return { ...vote, tally: vote.tally }
}
