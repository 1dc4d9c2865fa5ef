import type { ControlSnapshot, PastVote, VoteState, VoteTally } from '@wesee/shared'

/** A vote whose results everyone has seen. */
export interface ShownVote {
  id: string
  title: string
  frameId: string | null
  anonymous: boolean
  voterCount: number
  tally: VoteTally
  /** When everyone first saw the results (ms), when known: `revealedAt`, or else when the vote ended. */
  shownAt: number | null
}

/**
 * The votes whose results were shown, oldest first, from what the voting
 * feature puts in the control doc: `voteResults` (finished votes kept with
 * the board) and the current `vote` when revealed. Hidden tallies never get
 * here: the control doc does not hold them.
 */
export function readVoteResults(control: ControlSnapshot): { found: boolean; votes: ShownVote[] } {
  const past = Array.isArray(control.voteResults) ? (control.voteResults as Array<Partial<PastVote>>) : null
  const current = control.vote as Partial<VoteState> | null | undefined
  const found = past !== null || current !== undefined
  const votes: ShownVote[] = []
  const seen = new Set<string>()
  const add = (
    vote: Partial<PastVote> | Partial<VoteState>,
    frameId: string | null,
    shownAt: number | null,
  ) => {
    if (!vote.tally || !Array.isArray(vote.tally.notes) || typeof vote.id !== 'string' || seen.has(vote.id))
      return
    seen.add(vote.id)
    votes.push({
      id: vote.id,
      title: typeof vote.title === 'string' ? vote.title : '',
      frameId,
      anonymous: vote.anonymous !== false,
      voterCount: typeof vote.voterCount === 'number' ? vote.voterCount : 0,
      tally: vote.tally,
      shownAt,
    })
  }
  for (const vote of past ?? []) add(vote, frameOf(vote, current), shownAtOf(vote, current))
  if (current?.revealed) add(current, current.frameId ?? null, shownAtOf(current, current))
  return { found, votes }
}

/** Past votes do not keep their frame; the current vote does, so match by id when it is the same vote. */
function frameOf(vote: Partial<PastVote>, current: Partial<VoteState> | null | undefined): string | null {
  const withFrame = vote as { frameId?: unknown }
  if (typeof withFrame.frameId === 'string') return withFrame.frameId
  return current && current.id === vote.id ? (current.frameId ?? null) : null
}

/**
 * When a vote's results first showed. Past votes keep only when they ended
 * (results are shown by then at the latest); the current vote, and a past
 * one that is still the current vote, know when they were revealed.
 */
function shownAtOf(
  vote: Partial<PastVote> | Partial<VoteState>,
  current: Partial<VoteState> | null | undefined,
): number | null {
  const same = current && current.id === vote.id ? current : null
  const revealedAt = same?.revealedAt ?? (vote as Partial<VoteState>).revealedAt
  if (typeof revealedAt === 'number') return revealedAt
  return typeof vote.endedAt === 'number' ? vote.endedAt : null
}
