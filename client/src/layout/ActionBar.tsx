import { useState } from 'react'
import { displayName, pictureUrl, Role } from '@wesee/shared'
import { MySettingsButton, ReadAloudButton } from '../a11y/ReadingTools.tsx'
import { useReadAloud } from '../a11y/useReadAloud.ts'
import { useBoardSession } from '../facilitation/BoardSession.ts'
import { InvitePanel } from '../facilitation/InvitePanel.tsx'
import { PeopleDialog } from '../facilitation/PeopleDialog.tsx'
import { ProfileDialog } from '../facilitation/ProfileDialog.tsx'
import { AddStageButton } from '../facilitation/stages/AddStageButton.tsx'
import { SoundToggle } from '../facilitation/timer/SoundToggle.tsx'
import { VoteAction } from '../facilitation/voting/VoteAction.tsx'
import { VoteToolbarButtons } from '../facilitation/voting/VoteToolbarButtons.tsx'
import { ViewSwitch } from '../listView/ViewSwitch.tsx'
import { PictureTools } from '../pictures/PictureTools.tsx'
import { RevisitButtons, useVersionRestoredAnnouncement } from '../revisit/RevisitButtons.tsx'
import { text } from '../text.ts'
import { AddNoteButton } from './AddNoteButton.tsx'
import { SessionPanel } from './SessionPanel.tsx'
import { Sheet } from './Sheet.tsx'
import { Icon } from '../icons/Icon.tsx'
import { CardsButton } from '../facilitation/voices/CardsButton.tsx'
import { HandButton } from '../facilitation/voices/HandButton.tsx'

type OpenDialog = 'invite' | 'people' | 'profile' | null

/**
 * The bottom region: the actions, big and labelled, always in reach.
 * Everyone who may write: Add a note, Add a picture, Vote (while a vote is
 * open), Read aloud, the list view, and More for the rest. The facilitator
 * also gets the session panel and Invite. In the phone view only the first
 * few stay on the bar; Read aloud and the list view move into More (the
 * list's "Show the board" stays on the bar while the list is open).
 */
export function ActionBar({
  canWrite,
  listOpen,
  phoneView,
  onShowKeys,
}: {
  canWrite: boolean
  listOpen: boolean
  phoneView: boolean
  onShowKeys: () => void
}) {
  const session = useBoardSession()
  const isFacilitator = session.role === Role.Facilitator
  const [moreOpen, setMoreOpen] = useState(false)
  const [open, setOpen] = useState<OpenDialog>(null)
  // Mounted here, not in the menu, so Alt+L and the announcement work with the menu closed.
  const readSelectionAloud = useReadAloud()
  useVersionRestoredAnnouncement()
  const close = () => setOpen(null)
  const switchOnBar = !phoneView || listOpen
  return (
    <>
      {isFacilitator && <SessionPanel />}
      <nav className="action-bar" aria-label={text.layout.actionsLabel} data-testid="action-bar">
        {isFacilitator && (
          <button type="button" className="button" onClick={() => setOpen('invite')}>
            {text.invite.button}
          </button>
        )}
        {canWrite && !listOpen && <AddNoteButton />}
        {canWrite && <PictureTools only="library" pictureLabel={text.layout.addPicture} />}
        <VoteAction />
        {!isFacilitator && <HandButton />}
        {!isFacilitator && <CardsButton />}
        {!phoneView && <ReadAloudButton onRead={readSelectionAloud} />}
        {switchOnBar && <ViewSwitch />}
        <button
          type="button"
          className="button action-more"
          aria-expanded={moreOpen}
          onClick={() => setMoreOpen(!moreOpen)}
        >
          <Icon name="more" className="action-mark" />
          {text.layout.more}
        </button>
      </nav>
      {moreOpen && (
        <Sheet title={text.layout.moreHeading} onClose={() => setMoreOpen(false)} testId="more-sheet">
          <div className="more-actions">
            {phoneView && session.control?.timer && <SoundToggle />}
            {canWrite && <PictureTools only="photos" />}
            {phoneView && <ReadAloudButton onRead={readSelectionAloud} />}
            {!switchOnBar && <ViewSwitch onSwitched={() => setMoreOpen(false)} />}
            {!isFacilitator && <VoteToolbarButtons />}
            <RevisitButtons />
            {isFacilitator && <AddStageButton />}
            <button type="button" className="button" onClick={() => setOpen('people')}>
              {text.people.heading} ({session.control?.participants.filter((p) => p.present).length ?? 0})
            </button>
            {session.me && (
              <button type="button" className="button me-button" onClick={() => setOpen('profile')}>
                <img src={pictureUrl(session.me.avatar)} alt="" width={28} height={28} />
                <span>
                  <bdi>{displayName(session.me)}</bdi>
                  <span className="visually-hidden"> — {text.join.editProfile}</span>
                </span>
              </button>
            )}
            <MySettingsButton />
            <button type="button" className="button" aria-keyshortcuts="?" onClick={onShowKeys}>
              {text.keys.button}
            </button>
          </div>
        </Sheet>
      )}
      {open === 'invite' && <InvitePanel onClose={close} />}
      {open === 'people' && <PeopleDialog onClose={close} />}
      {open === 'profile' && <ProfileDialog onClose={close} />}
    </>
  )
}
