import { useEffect, useState } from 'react'
import { cardShownForMs, pictureUrl, type ControlSnapshot } from '@wesee/shared'
import { serverNow } from '../timer/serverClock.ts'
import { useText } from '../../i18n/wordsInLanguage.tsx'
import { cardPictures } from './cardPictures.ts'

/** The card held up last, while it is fresh: `cardShownForMs` after it went up, on the server's clock. */
export function useFreshCard(control: ControlSnapshot | null) {
  const last = control?.cards.last ?? null
  const [now, setNow] = useState(() => serverNow())
  useEffect(() => {
    if (!last) return
    setNow(serverNow())
    const left = last.at + cardShownForMs - serverNow()
    if (left <= 0) return
    const timer = setTimeout(() => setNow(serverNow()), left + 50)
    return () => clearTimeout(timer)
  }, [last])
  return last && now - last.at < cardShownForMs ? last : null
}

/**
 * "Someone asks: Please slow down", for a few seconds, in the top region (it
 * pushes the board down rather than covering it). Never says who.
 */
export function HeldUpCard({ control, large = false }: { control: ControlSnapshot | null; large?: boolean }) {
  const text = useText()
  const card = useFreshCard(control)
  if (!card) return null
  const size = large ? 72 : 40
  return (
    <div className={large ? 'held-up-card held-up-card-large' : 'held-up-card'} data-testid="held-up-card">
      <img src={pictureUrl(cardPictures[card.kind])} alt="" width={size} height={size} />
      <p>
        {text.voices.someoneAsks} {text.voices.cards[card.kind]}
      </p>
    </div>
  )
}
