import { useState } from 'react'
import { useValue, type Editor } from 'tldraw'
import { Role, type PastVote, type VoteState } from '@wesee/shared'
import { text } from '../../text.ts'
import { useBoardSession } from '../BoardSession.ts'
import { useCommand } from '../useCommand.ts'
import { selectedVoteNote } from './eligibleSelection.ts'
import { noteBoxes } from './noteBoxes.ts'
import { NoteVoteList } from './NoteVoteList.tsx'
import { smallestNoteForButtons } from './NoteVoteOverlay.tsx'
import { ProxyVoteDialog } from './ProxyVoteDialog.tsx'
import type { MyBallot } from './useMyBallot.ts'
import { voteShortcut } from './useVoteShortcut.ts'
import { VoteResultsDialog } from './VoteResultsDialog.tsx'
import { Icon } from '../../icons/Icon.tsx'

type OpenDialog = 'list' | 'proxy' | 'results' | null

/**
 * The vote, for everyone, beside the canvas: what it is about, secret or
 * named, my votes left, a big "Vote for this note" for the selected note,
 * the list of notes, and the results once they show. The facilitator also
 * ends it, shows the results and votes for someone who asks.
 */
export function VotePanel({
  editor,
  vote,
  ballot,
  results,
  onBoard,
  onToggleOnBoard,
  startSmall,
}: {
  editor: Editor | null
  vote: VoteState
  ballot: MyBallot
  results: PastVote[]
  onBoard: boolean
  onToggleOnBoard: () => void
  /** Start folded (a phone): just the title, my votes left and the list of notes. */
  startSmall: boolean
}) {
  const { role } = useBoardSession()
  const isFacilitator = role === Role.Facilitator
  const { send, busy, problem } = useCommand()
  const [open, setOpen] = useState<OpenDialog>(null)
  const selected = useValue('selected note in the vote', () => selectedVoteNote(editor, vote), [editor, vote])
  const [small, setSmall] = useState(startSmall)
  // What to do depends on the zoom: the notes carry Vote buttons only when big enough on screen.
  const buttonsOnNotes = useValue(
    'vote buttons on the notes',
    () => !!editor && noteBoxes(editor, vote.shapeIds).some((box) => box.width >= smallestNoteForButtons),
    [editor, vote.shapeIds],
  )
  const isOpen = vote.status === 'open'
  const close = () => setOpen(null)

  return (
    <section className="vote-panel" aria-labelledby="vote-panel-heading" data-testid="vote-panel">
      <h2 id="vote-panel-heading" className="vote-panel-heading">
        {vote.revealed ? text.voting.resultsHeading(vote.title) : text.voting.openHeading(vote.title)}
      </h2>
      {isOpen && ballot.canVote && (
        <p className="vote-left" data-testid="votes-left">
          {text.voting.votesLeft(ballot.votesLeft)}
        </p>
      )}
      {isOpen && ballot.canVote && (
        <p className="hint" data-testid="vote-how">
          {buttonsOnNotes ? text.voting.howWithButtons : text.voting.howWhenSmall}
        </p>
      )}
      {ballot.problem && (
        <p className="message message-problem" role="alert">
          {ballot.problem}
        </p>
      )}
      <div className="vote-panel-row">
        {isOpen && ballot.canVote && (
          <button type="button" className="button" onClick={() => setOpen('list')}>
            {text.voting.listButton}
          </button>
        )}
        <button
          type="button"
          className="button vote-panel-size"
          aria-expanded={!small}
          aria-controls="vote-panel-body"
          onClick={() => setSmall(!small)}
        >
          {small ? text.voting.showMore : text.voting.showLess}
        </button>
      </div>
      <div className="vote-panel-body" id="vote-panel-body" hidden={small}>
        {isOpen && (
          <p className="vote-notice">{vote.anonymous ? text.voting.secretNotice : text.voting.namedNotice}</p>
        )}
        {isOpen && ballot.canVote && selected && (
          <>
            <button
              type="button"
              className="button button-primary vote-big-button"
              aria-keyshortcuts={voteShortcut.vote}
              aria-disabled={ballot.busy}
              aria-describedby="vote-selected-hint"
              onClick={() => {
                if (!ballot.busy) void ballot.cast(selected)
              }}
            >
              <Icon name="check" />
              &nbsp;{text.voting.voteForSelected}
            </button>
            <p className="hint" id="vote-selected-hint">
              {text.voting.shortcutHint}
            </p>
          </>
        )}
        {!vote.revealed && <p className="vote-progress">{text.voting.peopleVoted(vote.voterCount)}</p>}
        {!isOpen && !vote.revealed && <p>{text.voting.endedHidden}</p>}
        {vote.revealed && (
          <div className="actions">
            <button type="button" className="button" onClick={() => setOpen('results')}>
              {text.voting.resultsButton}
            </button>
            <button type="button" className="button" aria-pressed={onBoard} onClick={onToggleOnBoard}>
              {text.voting.showOnBoard}
            </button>
          </div>
        )}
        {isFacilitator && (
          <div className="actions">
            {isOpen && (
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => void send({ type: 'vote.end' })}
              >
                {text.voting.endButton}
              </button>
            )}
            {!(vote.revealed && !isOpen) && (
              <button
                type="button"
                className="button button-primary"
                disabled={busy}
                onClick={() => void send({ type: 'vote.reveal' })}
              >
                {text.voting.revealButton}
              </button>
            )}
            {isOpen && (
              <button type="button" className="button" onClick={() => setOpen('proxy')}>
                {text.voting.proxyButton}
              </button>
            )}
          </div>
        )}
        {problem && (
          <p className="message message-problem" role="alert">
            {problem}
          </p>
        )}
      </div>
      {open === 'list' && <NoteVoteList editor={editor} vote={vote} ballot={ballot} onClose={close} />}
      {open === 'proxy' && <ProxyVoteDialog editor={editor} vote={vote} onClose={close} />}
      {open === 'results' && (
        <VoteResultsDialog editor={editor} votes={results} initialId={vote.id} onClose={close} />
      )}
    </section>
  )
}
