import type { Editor } from 'tldraw'
import type { VoteTally } from '@wesee/shared'
import { noteWords } from '../facilitation/voting/noteWords.ts'
import { useText } from '../i18n/wordsInLanguage.tsx'

/** Places that fit on a projector in type readable from the back of the room. */
const placesShown = 8

/**
 * The results, big, over the projector's board: 1st, 2nd, 3rd… with each
 * note's words and its votes; notes with equal votes share a place ("Joint
 * 2nd"). The same tally everyone's screen shows; names never appear here,
 * not even for a named vote — the room's screen shows counts only.
 */
export function ResultsScreen({
  editor,
  title,
  tally,
}: {
  editor: Editor | null
  title: string
  tally: VoteTally
}) {
  const text = useText()
  const shown = tally.totalVotes === 0 ? [] : tally.notes.slice(0, placesShown)
  const sharing = (rank: number) => tally.notes.filter((note) => note.rank === rank).length > 1
  const more = tally.totalVotes === 0 ? 0 : tally.notes.length - shown.length
  return (
    <section
      className="results-screen"
      aria-labelledby="results-screen-heading"
      data-testid="projector-results"
      // Scrolls when many notes meet a small screen, so it takes focus to scroll by keyboard.
      tabIndex={0}
    >
      <h2 id="results-screen-heading" className="results-screen-heading">
        {text.voting.resultsHeading(title)}
      </h2>
      {shown.length === 0 ? (
        <p className="results-screen-none">{text.projector.noVotesYet}</p>
      ) : (
        <ol className="results-screen-list">
          {shown.map((note) => (
            <li key={note.shapeId} className="results-screen-place" data-testid="projector-result">
              <span className="results-screen-rank">
                {text.projector.place(note.rank, sharing(note.rank))}
              </span>
              <span className="results-screen-words" dir="auto">
                {noteWords(editor, note.shapeId, note.text)}
              </span>
              <span className="results-screen-votes">{text.voting.votesCount(note.votes)}</span>
            </li>
          ))}
        </ol>
      )}
      {more > 0 && <p className="results-screen-more">{text.projector.moreNotes(more)}</p>}
    </section>
  )
}
