import { useState } from 'react'
import { displayName, pictureUrl, Role } from '@wesee/shared'
import { RevisitButtons } from '../revisit/RevisitButtons.tsx'
import { ReadingButtons } from '../a11y/ReadingTools.tsx'
import { PictureTools } from '../pictures/PictureTools.tsx'
import { text } from '../text.ts'
import { useBoardSession } from './BoardSession.ts'
import { InvitePanel } from './InvitePanel.tsx'
import { PeopleDialog } from './PeopleDialog.tsx'
import { PrivateWritingButtons } from './privateWriting/PrivateWritingButtons.tsx'
import { ProfileDialog } from './ProfileDialog.tsx'
import { AddStageButton } from './stages/AddStageButton.tsx'
import { TimerButton } from './timer/TimerButton.tsx'
import { useCommand } from './useCommand.ts'
import { VoteToolbarButtons } from './voting/VoteToolbarButtons.tsx'

type OpenDialog = 'invite' | 'people' | 'profile' | null

/** The board's own buttons, above the canvas: invite, people, me, pause. */
export function BoardToolbar({ onShowKeys }: { onShowKeys?: () => void } = {}) {
  const session = useBoardSession()
  const [open, setOpen] = useState<OpenDialog>(null)
  const { send, busy } = useCommand()
  const isFacilitator = session.role === Role.Facilitator
  const locked = session.control?.lock.locked ?? false
  const close = () => setOpen(null)
  return (
    <nav className="board-toolbar" aria-label="Board tools">
      {isFacilitator && (
        <button type="button" className="button button-primary" onClick={() => setOpen('invite')}>
          {text.invite.button}
        </button>
      )}
      {isFacilitator && (
        <button
          type="button"
          className="button"
          aria-pressed={locked}
          disabled={busy}
          onClick={() => void send({ type: locked ? 'board.unlock' : 'board.lock' })}
        >
          {locked ? text.lock.resume : text.lock.pause}
        </button>
      )}
      <PictureTools />
      <ReadingButtons />
      {isFacilitator && <TimerButton />}
      <VoteToolbarButtons />
      <PrivateWritingButtons />
      <RevisitButtons />
      {isFacilitator && <AddStageButton />}
      <button type="button" className="button" onClick={() => setOpen('people')}>
        {text.people.heading} ({session.control?.participants.filter((p) => p.present).length ?? 0})
      </button>
      {session.me && (
        <button type="button" className="button me-button" onClick={() => setOpen('profile')}>
          <img src={pictureUrl(session.me.avatar)} alt="" width={28} height={28} />
          <span>
            {displayName(session.me)}
            <span className="visually-hidden"> — {text.join.editProfile}</span>
          </span>
        </button>
      )}
      {onShowKeys && (
        <button type="button" className="button" aria-keyshortcuts="?" onClick={onShowKeys}>
          {text.keys.button}
        </button>
      )}
      {open === 'invite' && <InvitePanel onClose={close} />}
      {open === 'people' && <PeopleDialog onClose={close} />}
      {open === 'profile' && <ProfileDialog onClose={close} />}
    </nav>
  )
}
