import type { Editor } from 'tldraw'
import { displayName, type ParticipantProfile, type VoteNoteResult, type VoteTally } from '@wesee/shared'
import { text } from '../../text.ts'
import { noteWords } from './noteWords.ts'
import { Icon } from '../../icons/Icon.tsx'

/**
 * The results as a ranked list: number, words, votes, a "Top" label on the
 * notes with the most (not colour alone), and, for a named vote, who voted.
 */
export function VoteResultsList({
  editor,
  tally,
  voterCount,
  people,
}: {
  editor: Editor | null
  tally: VoteTally
  voterCount: number
  people: readonly ParticipantProfile[]
}) {
  const nameOf = (id: string) => {
    const person = people.find((p) => p.id === id)
    return person ? displayName(person) : text.voting.untitledNote
  }
  const voters = (note: VoteNoteResult) =>
    (note.voters ?? []).map((v) =>
      v.votes > 1 ? `${nameOf(v.participantId)} (${v.votes})` : nameOf(v.participantId),
    )
  return (
    <>
      <p>{text.voting.totals(voterCount, tally.totalVotes)}</p>
      <ol className="vote-results" data-testid="vote-results">
        {tally.notes.map((note) => {
          const isTop = note.rank === 1 && note.votes > 0
          const names = voters(note)
          return (
            <li key={note.shapeId} className={isTop ? 'vote-result vote-result-top' : 'vote-result'}>
              <span className="vote-result-rank">{text.voting.rank(note.rank)}</span>
              <span className="vote-result-words" dir="auto">
                {noteWords(editor, note.shapeId, note.text)}
              </span>
              <span className="vote-result-votes">
                {isTop && (
                  <span className="vote-top-label">
                    <Icon name="star" /> {text.voting.top}
                  </span>
                )}{' '}
                {text.voting.votesCount(note.votes)}
              </span>
              {names.length > 0 && (
                <span className="vote-result-voters">{text.voting.votedBy(names.join(', '))}</span>
              )}
            </li>
          )
        })}
      </ol>
    </>
  )
}
