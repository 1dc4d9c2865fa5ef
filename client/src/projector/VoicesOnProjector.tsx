import type { ControlSnapshot, ParticipantProfile } from '@wesee/shared'
import { HeldUpCard } from '../facilitation/voices/HeldUpCard.tsx'
import { PersonBadge, personById } from '../facilitation/voices/PersonBadge.tsx'
import { roundTurn } from '../facilitation/voices/whoseTurn.ts'
import { useText } from '../i18n/wordsInLanguage.tsx'

/**
 * Who speaks, for the back of the room: a card someone held up (never who),
 * who has the turn, the round's "Now" and who is still to come, and the
 * hands up in order — pictures beside names.
 */
export function VoicesOnProjector({ control }: { control: ControlSnapshot | null }) {
  const text = useText()
  if (!control) return null
  const people = control.participants
  const found = (ids: string[]) =>
    ids.map((id) => personById(people, id)).filter((p): p is ParticipantProfile => p !== undefined)
  const speaking = personById(people, control.turn?.participantId)
  const now = personById(people, roundTurn(control))
  const round = control.round
  const toCome = round?.status === 'going' ? found([...new Set(round.order.slice(round.current + 1))]) : []
  const hands = found(control.hands.queue.map((hand) => hand.participantId))
  return (
    <>
      <HeldUpCard control={control} large />
      {speaking && (
        <p className="room-progress-line" data-testid="room-progress-speaking">
          <strong>{text.voices.speakingNow}</strong>
          <PersonBadge person={speaking} size={48} />
        </p>
      )}
      {round && (
        <p className="room-progress-line" data-testid="room-progress-round">
          <strong>{text.voices.roundHeading}</strong>
          {round.prompt && <bdi>{round.prompt}</bdi>}
          {round.status === 'done' && <span>{text.voices.roundDone}</span>}
          {now && (
            <span className="room-progress-detail">
              {text.voices.roundNow} <PersonBadge person={now} size={48} />
            </span>
          )}
          {toCome.map((person, i) => (
            <span key={person.id} className="room-progress-detail">
              {text.voices.place(i + 1)} <PersonBadge person={person} size={36} />
            </span>
          ))}
        </p>
      )}
      {hands.length > 0 && (
        <p className="room-progress-line" data-testid="room-progress-hands">
          <strong>{text.voices.handsHeading}</strong>
          {hands.map((person, i) => (
            <span key={person.id} className="room-progress-detail">
              {text.voices.place(i + 1)} <PersonBadge person={person} size={36} />
            </span>
          ))}
        </p>
      )}
    </>
  )
}
