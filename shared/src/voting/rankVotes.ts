import type { VoteNoteResult, VoteTally, VoterCount } from './VoteState.ts'

/** One vote as the server stores it (secret). */
export interface Ballot {
  participantId: string
  shapeId: string
}

/**
 * Counts ballots into a tally: every eligible note, most votes first (ties
 * keep the vote's note order), with shared ranks. Voters are listed only
 * when `named`, so an anonymous tally has nothing to leak.
 */
export function rankVotes(
  ballots: readonly Ballot[],
  shapeIds: readonly string[],
  { named, textOf }: { named: boolean; textOf: (shapeId: string) => string },
): VoteTally {
  const byNote = new Map<string, Map<string, number>>(shapeIds.map((id) => [id, new Map()]))
  let totalVotes = 0
  for (const ballot of ballots) {
    const voters = byNote.get(ballot.shapeId)
    if (!voters) continue
    voters.set(ballot.participantId, (voters.get(ballot.participantId) ?? 0) + 1)
    totalVotes++
  }
  const counted = shapeIds.map((shapeId, order) => {
    const voters = byNote.get(shapeId)!
    const votes = [...voters.values()].reduce((sum, n) => sum + n, 0)
    return { shapeId, votes, order, voters }
  })
  counted.sort((a, b) => b.votes - a.votes || a.order - b.order)
  const notes: VoteNoteResult[] = []
  counted.forEach((note, i) => {
    const previous = notes[i - 1]
    const rank = previous && previous.votes === note.votes ? previous.rank : i + 1
    const result: VoteNoteResult = {
      shapeId: note.shapeId,
      text: textOf(note.shapeId),
      votes: note.votes,
      rank,
    }
    if (named) {
      result.voters = [...note.voters.entries()]
        .map(([participantId, votes]): VoterCount => ({ participantId, votes }))
        .sort((a, b) => b.votes - a.votes || a.participantId.localeCompare(b.participantId))
    }
    notes.push(result)
  })
  return { notes, totalVotes }
}

/** The notes with the most votes (all of them when tied); none when nobody voted. */
export function topNotes(tally: VoteTally): VoteNoteResult[] {
  return tally.notes.filter((note) => note.rank === 1 && note.votes > 0)
}
