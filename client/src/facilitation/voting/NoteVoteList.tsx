import type { Editor } from 'tldraw'
import type { VoteState } from '@wesee/shared'
import { text } from '../../text.ts'
import { Dialog } from '../Dialog.tsx'
import { noteWords } from './noteWords.ts'
import type { MyBallot } from './useMyBallot.ts'
import { castAndFocus, retractAndFocus } from './voteFocus.ts'
import { Icon } from '../../icons/Icon.tsx'

/**
 * The notes in the vote as a simple list, each with its own Vote and Take
 * back buttons: the easy way on a phone, with a keyboard or a screen reader.
 */
export function NoteVoteList({
  editor,
  vote,
  ballot,
  onClose,
}: {
  editor: Editor | null
  vote: VoteState
  ballot: MyBallot
  onClose: () => void
}) {
  return (
    <Dialog title={text.voting.listHeading} onClose={onClose} testId="vote-list">
      <p className="vote-left">{text.voting.votesLeft(ballot.votesLeft)}</p>
      {ballot.problem && (
        <p className="message message-problem" role="alert">
          {ballot.problem}
        </p>
      )}
      <ul className="vote-list">
        {vote.shapeIds.map((shapeId) => {
          const words = noteWords(editor, shapeId)
          const mine = ballot.mine?.votes[shapeId] ?? 0
          return (
            <li key={shapeId} className="vote-list-item">
              <span className="vote-list-words" dir="auto">
                {words}
              </span>
              {mine > 0 && <span className="vote-mine">{text.voting.yourVotes(mine)}</span>}
              <span className="vote-list-actions">
                {(mine === 0 || vote.allowSameNoteTwice) && (
                  <button
                    type="button"
                    className="button button-primary"
                    aria-label={text.voting.voteOn(words)}
                    aria-disabled={ballot.busy || !ballot.canVote}
                    data-vote-action="cast"
                    data-vote-note={shapeId}
                    onClick={() => {
                      if (!ballot.busy && ballot.canVote) void castAndFocus(ballot, shapeId, '.vote-list')
                    }}
                  >
                    <Icon name="check" /> {text.voting.voteButton}
                  </button>
                )}
                {mine > 0 && (
                  <button
                    type="button"
                    className="button"
                    aria-label={text.voting.takeBackOn(words)}
                    aria-disabled={ballot.busy || !ballot.canVote}
                    data-vote-action="retract"
                    data-vote-note={shapeId}
                    onClick={() => {
                      if (!ballot.busy && ballot.canVote) void retractAndFocus(ballot, shapeId, '.vote-list')
                    }}
                  >
                    {text.voting.takeBack}
                  </button>
                )}
              </span>
            </li>
          )
        })}
      </ul>
    </Dialog>
  )
}
