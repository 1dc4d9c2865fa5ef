import { useState } from 'react'
import { everyoneCardKinds, facilitatorCardKinds, pictureUrl, type CardKind } from '@wesee/shared'
import { announce } from '../../a11y/announce.ts'
import { Sheet } from '../../layout/Sheet.tsx'
import { text } from '../../text.ts'
import { useBoardSession } from '../BoardSession.ts'
import { useCommand } from '../useCommand.ts'
import { cardPictures } from './cardPictures.ts'

/** "Cards": big picture buttons to tell the group something without speaking. */
export function CardsButton({ pictureSize = 28 }: { pictureSize?: number }) {
  const session = useBoardSession()
  const [open, setOpen] = useState(false)
  if (!session.participantId) return null
  return (
    <>
      <button type="button" className="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        <img src={pictureUrl('1F0CF')} alt="" width={pictureSize} height={pictureSize} />
        {text.voices.cardsButton}
      </button>
      {open && <CardsSheet onClose={() => setOpen(false)} />}
    </>
  )
}

function CardsSheet({ onClose }: { onClose: () => void }) {
  const { send, busy, problem } = useCommand()
  const [done, setDone] = useState<string | null>(null)
  const hold = async (kind: CardKind) => {
    const answer = await send({ type: 'signal.send', kind })
    if (!answer) return
    const words = answer.delivered === 'shown' ? text.voices.cardShown : text.voices.cardSent
    setDone(words)
    announce(words)
  }
  const choices = (kinds: readonly CardKind[]) => (
    <ul className="card-choices">
      {kinds.map((kind) => (
        <li key={kind}>
          <button
            type="button"
            className="button card-choice"
            disabled={busy}
            onClick={() => void hold(kind)}
          >
            <img src={pictureUrl(cardPictures[kind])} alt="" width={48} height={48} />
            {text.voices.cards[kind]}
          </button>
        </li>
      ))}
    </ul>
  )
  return (
    <Sheet title={text.voices.cardsHeading} onClose={onClose} testId="cards-sheet">
      <p>{text.voices.cardsHint}</p>
      <p className="cards-group-hint">{text.voices.cardsForEveryone}</p>
      {choices(everyoneCardKinds)}
      <p className="cards-group-hint">{text.voices.cardsForFacilitator}</p>
      {choices(facilitatorCardKinds)}
      {done && !problem && <p className="message">{done}</p>}
      {problem && (
        <p className="message message-problem" role="alert">
          {problem}
        </p>
      )}
    </Sheet>
  )
}
