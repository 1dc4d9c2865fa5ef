import type { VoteTally } from '@wesee/shared'
import { text } from '../../text.ts'

/** The ranked results as sentences, best first, for reading aloud. */
export function spokenResults(
  title: string,
  tally: VoteTally,
  voterCount: number,
  wordsOf: (shapeId: string, counted: string) => string,
): string {
  const lines = [text.voting.spokenHeading(title), text.voting.totals(voterCount, tally.totalVotes)]
  for (const note of tally.notes) {
    lines.push(text.voting.spokenResult(note.rank, wordsOf(note.shapeId, note.text), note.votes))
  }
  return lines.join(' ')
}
