import { useRef } from 'react'
import { displayJoinCode, Role } from '@wesee/shared'
import { text } from '../text.ts'
import { useBoardSession } from './BoardSession.ts'
import { CopyableLink } from './CopyableLink.tsx'
import { Dialog } from './Dialog.tsx'
import { MakeNewLink } from './newLinks/MakeNewLink.tsx'
import { PeopleList } from './PeopleList.tsx'
import { QrCode } from './QrCode.tsx'
import { useCommand } from './useCommand.ts'
import { Icon } from '../icons/Icon.tsx'

/** The facilitator's invite panel: code, QR code, links, the joining switch, and who is here. */
export function InvitePanel({ onClose }: { onClose: () => void }) {
  const session = useBoardSession()
  const { send, problem, busy } = useCommand()
  const participantCopy = useRef<HTMLButtonElement>(null)
  const viewerCopy = useRef<HTMLButtonElement>(null)
  const { links, joinCode, control } = session
  if (!links || !joinCode) return null
  const joiningOpen = control?.joining.open ?? true
  const projector = links.viewer.replace(/#/, '/projector#')
  return (
    <Dialog title={text.invite.heading} onClose={onClose} testId="invite-panel">
      <div className="invite-grid">
        <div className="invite-code">
          <p className="hint">{text.invite.codeHelp(window.location.host)}</p>
          <p className="join-code" aria-label={`${text.invite.code}: ${joinCode.split('').join(' ')}`}>
            {displayJoinCode(joinCode)}
          </p>
          <QrCode value={links.participant} alt={text.invite.qrAlt} />
        </div>
        <div className="invite-links">
          <p className="joining-state">
            <Icon name={joiningOpen ? 'unlock' : 'lock'} />{' '}
            {joiningOpen ? text.invite.joiningOpen : text.invite.joiningClosed}
          </p>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void send({ type: joiningOpen ? 'joining.close' : 'joining.open' })}
          >
            {joiningOpen ? text.invite.closeJoining : text.invite.openJoining}
          </button>
          {problem && (
            <p className="message message-problem" role="alert">
              {problem}
            </p>
          )}
          <div className="invite-link">
            <CopyableLink
              id="participant-link"
              label={text.invite.participantLink}
              url={links.participant}
              copyButtonRef={participantCopy}
            />
            <MakeNewLink
              role={Role.Participant}
              onMade={(link) => session.replaceLink('participant', link)}
              copyButton={participantCopy}
            />
          </div>
          <div className="invite-link">
            <CopyableLink
              id="viewer-link"
              label={text.invite.viewerLink}
              url={links.viewer}
              copyButtonRef={viewerCopy}
            />
            <CopyableLink id="projector-link" label={text.invite.projectorLink} url={projector} />
            {/* The projector opens with the viewer key: one new link replaces both. */}
            <MakeNewLink
              role={Role.Viewer}
              onMade={(link) => session.replaceLink('viewer', link)}
              copyButton={viewerCopy}
            />
          </div>
          <div className="invite-link">
            <p className="invite-link-label">{text.newLink.ownLink}</p>
            <p className="hint">{text.newLink.ownLinkHelp}</p>
            <MakeNewLink role={Role.Facilitator} />
          </div>
        </div>
      </div>
      <h3>{text.people.heading}</h3>
      <PeopleList people={control?.participants ?? []} myId={session.participantId} />
    </Dialog>
  )
}
