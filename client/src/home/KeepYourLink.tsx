import { useEffect, useRef } from 'react'
import type { CreatedBoard } from '@wesee/shared'
import { CopyableLink } from '../facilitation/CopyableLink.tsx'
import { text } from '../text.ts'

/**
 * Shown once, just after a board is made: the server keeps only a hash of
 * the facilitator key, so this is the one moment the link can be copied.
 * Focus lands on "Open the board" so a keyboard or screen-reader user hears
 * the card and can go on at once.
 */
export function KeepYourLink({ board, onOpen }: { board: CreatedBoard; onOpen: () => void }) {
  const open = useRef<HTMLButtonElement>(null)
  useEffect(() => open.current?.focus(), [])
  return (
    <section className="card" aria-labelledby="board-ready-heading" data-testid="keep-your-link">
      <h2 id="board-ready-heading">{text.home.readyHeading(board.title)}</h2>
      <p id="keep-link-help">{text.home.keepLink}</p>
      <p>
        <strong>{text.home.notShownAgain}</strong>
      </p>
      <CopyableLink id="facilitator-link" label={text.home.yourLink} url={board.links.facilitator} />
      <button ref={open} type="button" className="button button-primary" onClick={onOpen}>
        {text.home.openNewBoard}
      </button>
    </section>
  )
}
