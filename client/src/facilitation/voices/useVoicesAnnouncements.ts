import { useEffect, useRef } from 'react'
import { displayName, type ControlSnapshot } from '@wesee/shared'
import { announce } from '../../a11y/announce.ts'
import { readMySettings } from '../../settings/mySettings.ts'
import { text } from '../../text.ts'
import { playSoftChime } from '../timer/softChime.ts'
import { personById } from './PersonBadge.tsx'
import { myTurn } from './whoseTurn.ts'

/**
 * Says what changes about who speaks: "It's your turn" (with a soft sound
 * when the person chose one), who has the turn, and a card someone held up.
 * Nothing is said for what was already so when the page opened.
 */
export function useVoicesAnnouncements(control: ControlSnapshot | null, me: string | null): void {
  const seen = useRef<{ turn: string | null; card: number | null } | null>(null)
  useEffect(() => {
    if (!control) return
    const mine = myTurn(control, me)
    const turnKey = mine ? mine.key : control.turn ? `other:${control.turn.at}` : null
    const card = control.cards.last?.count ?? null
    const before = seen.current
    seen.current = { turn: turnKey, card }
    if (!before) return
    if (turnKey !== before.turn && turnKey !== null) {
      if (mine) {
        announce(
          mine.kind === 'again'
            ? text.voices.againOffer
            : `${text.voices.yourTurn}. ${text.voices.yourTurnHint}`,
        )
        if (readMySettings().turnSound) playSoftChime()
      } else {
        const person = personById(control.participants, control.turn?.participantId)
        if (person) announce(text.voices.turnGiven(displayName(person)))
      }
    }
    if (card !== before.card && control.cards.last) {
      announce(`${text.voices.someoneAsks} ${text.voices.cards[control.cards.last.kind]}`)
    }
  }, [control, me])
}
