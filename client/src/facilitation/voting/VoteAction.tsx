import { useState } from 'react'
import { useCurrentEditor } from '../../board/currentEditor.ts'
import { text } from '../../text.ts'
import { useBoardSession } from '../BoardSession.ts'
import { useBallot } from './ballotContext.tsx'
import { NoteVoteList } from './NoteVoteList.tsx'
import { Icon } from '../../icons/Icon.tsx'

/**
 * "Vote — You have 2 votes left": the big action along the bottom while a
 * vote is open and I have votes to give. Opens the list of notes, each
 * with its own Vote button, which works on any screen at any zoom.
 */
export function VoteAction() {
  const { control } = useBoardSession()
  const editor = useCurrentEditor()
  const ballot = useBallot()
  const [open, setOpen] = useState(false)
  const vote = control?.vote ?? null
  if (!vote || vote.status !== 'open' || !ballot.canVote) return null
  return (
    <>
      <button
        type="button"
        className="button button-primary action-vote"
        data-testid="vote-action"
        onClick={() => setOpen(true)}
      >
        <Icon name="check" className="action-mark" />
        <span className="action-words">
          {text.layout.vote}
          <span className="action-detail">{text.voting.votesLeft(ballot.votesLeft)}</span>
        </span>
      </button>
      {open && <NoteVoteList editor={editor} vote={vote} ballot={ballot} onClose={() => setOpen(false)} />}
    </>
  )
}
