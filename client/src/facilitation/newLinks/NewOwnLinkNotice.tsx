import { useEffect, useState } from 'react'
import { announce } from '../../a11y/announce.ts'
import { rememberedBoards } from '../../home/boardHistory.ts'
import { text } from '../../text.ts'
import { CopyableLink } from '../CopyableLink.tsx'
import { Dialog } from '../Dialog.tsx'
import { forgetNewOwnLink, newOwnLinkToShow } from './ownLinkReplacement.ts'

/**
 * Shown once, when the board opens again after the facilitator made a new
 * link to run it: the server keeps only a hash of that key, so this is the
 * one moment it can be copied (like the card after "Make the board"). Focus
 * starts on Copy.
 */
export function NewOwnLinkNotice({ boardId }: { boardId: string }) {
  const [link, setLink] = useState(() => newOwnLinkToShow(boardId))
  useEffect(() => {
    if (link) announce(text.newLink.ownMadeAnnouncement)
  }, [link])
  if (!link) return null
  const remembered = rememberedBoards().some((board) => board.id === boardId)
  const close = () => {
    forgetNewOwnLink(boardId)
    setLink(null)
  }
  return (
    <Dialog title={text.newLink.ownHeading} onClose={close} testId="new-own-link">
      <p>{text.newLink.ownKeep}</p>
      <p>
        <strong>
          {remembered ? text.newLink.ownNotShownAgainRemembered : text.newLink.ownNotShownAgain}
        </strong>
      </p>
      <CopyableLink
        id="new-facilitator-link"
        label={text.newLink.ownLink}
        url={link}
        // The dialog, when it opens, focuses the first control marked autofocus.
        copyButtonRef={(button) => button?.setAttribute('autofocus', '')}
      />
      <div className="actions">
        <button type="button" className="button button-primary" onClick={close}>
          {text.newLink.ownDone}
        </button>
      </div>
    </Dialog>
  )
}
