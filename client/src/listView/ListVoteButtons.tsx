import { useBoardSession } from '../facilitation/BoardSession.ts'
import { useBallot } from '../facilitation/voting/ballotContext.tsx'
import { text } from '../text.ts'
import { Icon } from '../icons/Icon.tsx'

/**
 * Vote and Take back on a note in the list view, while a vote that holds
 * this note is open: the same ballot as the canvas and the Vote action, so
 * the votes left agree everywhere.
 */
export function ListVoteButtons({ noteId, words }: { noteId: string; words: string }) {
  const { control } = useBoardSession()
  const ballot = useBallot()
  const vote = control?.vote ?? null
  if (!vote || vote.status !== 'open' || !ballot.canVote || !vote.shapeIds.includes(noteId)) return null
  const mine = ballot.mine?.votes[noteId] ?? 0
  const canGive = ballot.votesLeft > 0 && (mine === 0 || vote.allowSameNoteTwice)
  return (
    <>
      {mine > 0 && <span className="vote-mine">{text.voting.yourVotes(mine)}</span>}
      {canGive && (
        <button
          type="button"
          className="button button-primary"
          aria-label={text.voting.voteOn(words)}
          onClick={() => {
            if (!ballot.busy) void ballot.cast(noteId)
          }}
        >
          <Icon name="check" />
          &nbsp;{text.voting.voteButton}
        </button>
      )}
      {mine > 0 && (
        <button
          type="button"
          className="button"
          aria-label={text.voting.takeBackOn(words)}
          onClick={() => {
            if (!ballot.busy) void ballot.retract(noteId)
          }}
        >
          {text.voting.takeBack}
        </button>
      )}
    </>
  )
}
