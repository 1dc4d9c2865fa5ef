import { useValue, type Editor } from 'tldraw'
import type { VoteState, VoteTally } from '@wesee/shared'
import { useCanvasChromeEdges } from '../../board/useCanvasChromeEdges.ts'
import { text } from '../../text.ts'
import { noteBoxes } from './noteBoxes.ts'
import { noteWords } from './noteWords.ts'
import type { MyBallot } from './useMyBallot.ts'
import { castAndFocus, retractAndFocus } from './voteFocus.ts'
import { Icon } from '../../icons/Icon.tsx'

// Below this on-screen width a note is too small to carry buttons; the list of notes still works.
export const smallestNoteForButtons = 90

/**
 * Over the canvas, on each note in the vote: a big Vote button (and Take
 * back, with my count) while the vote is open; the count and a "Top" label
 * once results are showing. Sits outside tldraw, so pressing a button never
 * selects or moves the note.
 */
export function NoteVoteOverlay({
  editor,
  vote,
  ballot,
  tally,
}: {
  editor: Editor
  vote: VoteState
  ballot: MyBallot
  /** The results to show on the notes, or null. */
  tally: VoteTally | null
}) {
  const boxes = useValue('notes in the vote', () => noteBoxes(editor, vote.shapeIds), [editor, vote.shapeIds])
  // The overlay covers the canvas and only the canvas, so a note half out of
  // view never puts its buttons over the regions around the board.
  const canvas = useValue('canvas on screen', () => editor.getViewportScreenBounds(), [editor])
  // ...and between tldraw's menu and toolbar, so it never lies over their buttons.
  const chrome = useCanvasChromeEdges()
  const top = Math.max(canvas.y, chrome.top ?? canvas.y)
  const bottom = Math.max(top, Math.min(canvas.y + canvas.h, chrome.bottom ?? canvas.y + canvas.h))
  const view = { x: canvas.x, y: top, w: canvas.w, h: bottom - top }
  const showButtons = vote.status === 'open' && ballot.canVote
  if (!showButtons && !tally) return null
  const results = new Map(tally?.notes.map((note) => [note.shapeId, note]))
  return (
    <div
      className="vote-overlay"
      data-testid="vote-overlay"
      style={{ left: view.x, top: view.y, width: view.w, height: view.h }}
    >
      {boxes.map((box) => {
        const result = results.get(box.shapeId)
        const isTop = result !== undefined && result.rank === 1 && result.votes > 0
        const mine = ballot.mine?.votes[box.shapeId] ?? 0
        const words = noteWords(editor, box.shapeId, result?.text)
        const roomy = box.width >= smallestNoteForButtons
        return (
          <div
            key={box.shapeId}
            className={isTop ? 'vote-note vote-note-top' : 'vote-note'}
            style={{ left: box.left - view.x, top: box.top - view.y, width: box.width, height: box.height }}
            data-shape-id={box.shapeId}
          >
            {/* The marks sit in one row inside the note, so they never cover each other or a neighbour. */}
            {(result || (showButtons && mine > 0)) && (
              <div className="vote-note-badges">
                {showButtons && mine > 0 && <p className="vote-mine">{text.voting.yourVotes(mine)}</p>}
                {result && (
                  <p className="vote-count" data-testid="vote-count">
                    {isTop && (
                      <span className="vote-top-label" title={text.voting.topNote}>
                        <Icon name="star" /> {text.voting.top}
                      </span>
                    )}
                    <span>{text.voting.votesCount(result.votes)}</span>
                  </p>
                )}
              </div>
            )}
            {showButtons && roomy && (
              <div className="vote-note-actions">
                {(mine === 0 || vote.allowSameNoteTwice) && (
                  <button
                    type="button"
                    className="button button-primary vote-button"
                    aria-label={text.voting.voteOn(words)}
                    aria-disabled={ballot.busy}
                    data-vote-action="cast"
                    data-vote-note={box.shapeId}
                    onClick={() => {
                      if (!ballot.busy) void castAndFocus(ballot, box.shapeId, '.vote-overlay')
                    }}
                  >
                    <Icon name="check" /> {text.voting.voteButton}
                  </button>
                )}
                {mine > 0 && (
                  <button
                    type="button"
                    className="button vote-take-back"
                    aria-label={text.voting.takeBackOn(words)}
                    aria-disabled={ballot.busy}
                    data-vote-action="retract"
                    data-vote-note={box.shapeId}
                    onClick={() => {
                      if (!ballot.busy) void retractAndFocus(ballot, box.shapeId, '.vote-overlay')
                    }}
                  >
                    {text.voting.takeBack}
                  </button>
                )}
              </div>
            )}
          </div>
        )
      })}
    </div>
  )
}
