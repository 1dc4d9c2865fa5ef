import { displayName, Role, type ParticipantProfile } from '@wesee/shared'
import { text } from '../../text.ts'
import { useBoardSession } from '../BoardSession.ts'
import { useCommand } from '../useCommand.ts'
import { PersonBadge, personById } from './PersonBadge.tsx'
import { myTurn, roundTurn } from './whoseTurn.ts'
import './voices.css'

/**
 * Who speaks, in the side region: whose turn it is, the go-round, and the
 * hands up in the order they went up. Everyone sees the same; the
 * facilitator also gets the buttons that run it. Nothing here counts how
 * long anyone spoke, and passing is never shown as anything but fine.
 */
export function SpeakingPanel() {
  const session = useBoardSession()
  const control = session.control
  const { send, busy, problem } = useCommand()
  if (!control) return null
  const people = control.participants
  const isFacilitator = session.role === Role.Facilitator
  const mine = myTurn(control, session.participantId)
  const round = control.round
  const turnPerson = personById(people, control.turn?.participantId)
  const roundPerson = personById(people, roundTurn(control))
  const hands = control.hands.queue
    .map((hand) => personById(people, hand.participantId))
    .filter((person): person is ParticipantProfile => person !== undefined)
  if (!turnPerson && !round && hands.length === 0) return null

  const stillToCome = round?.status === 'going' ? [...new Set(round.order.slice(round.current + 1))] : []
  return (
    <section className="speaking-panel" aria-labelledby="speaking-heading" data-testid="speaking-panel">
      <h2 id="speaking-heading" className="voices-heading">
        {text.voices.heading}
      </h2>
      {mine && (
        <div className="your-turn" data-testid="your-turn">
          <p className="your-turn-title">
            {mine.kind === 'again' ? text.voices.againOffer : text.voices.yourTurn}
          </p>
          {mine.kind !== 'again' && <p>{text.voices.yourTurnHint}</p>}
          <div className="voices-actions">
            {mine.kind === 'turn' ? (
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => void send({ type: 'turn.end' })}
              >
                {text.voices.finished}
              </button>
            ) : (
              <>
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  aria-describedby="ok-to-pass"
                  onClick={() => void send({ type: 'round.pass' })}
                >
                  {text.voices.pass}
                </button>
                <span id="ok-to-pass" className="ok-to-pass">
                  {text.voices.okToPass}
                </span>
              </>
            )}
          </div>
        </div>
      )}
      {turnPerson && mine?.kind !== 'turn' && (
        <div className="voices-line" data-testid="speaking-now">
          <strong>{text.voices.speakingNow}</strong>
          <PersonBadge person={turnPerson} />
          {isFacilitator && (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void send({ type: 'turn.end' })}
            >
              {text.voices.endTurn}
            </button>
          )}
        </div>
      )}
      {round && (
        <div className="round-box" data-testid="round">
          <h3 className="voices-subheading">{text.voices.roundHeading}</h3>
          {round.prompt && (
            <p className="round-prompt" dir="auto">
              {round.prompt}
            </p>
          )}
          {round.status === 'done' && <p>{text.voices.roundDone}</p>}
          {roundPerson && (
            <p className="voices-line">
              <strong>{text.voices.roundNow}</strong>
              <PersonBadge person={roundPerson} />
              {!roundPerson.present && <span>({text.voices.away})</span>}
            </p>
          )}
          {stillToCome.length > 0 && (
            <>
              <h4 className="voices-subheading">{text.voices.roundStillToCome}</h4>
              <ol className="people-in-order">
                {stillToCome.map((id, i) => {
                  const person = personById(people, id)
                  return (
                    person && (
                      <li key={id}>
                        <span className="place">{text.voices.place(i + 1)}</span>
                        <PersonBadge person={person} size={24} />
                      </li>
                    )
                  )
                })}
              </ol>
            </>
          )}
          {isFacilitator && (
            <div className="voices-actions">
              {round.status === 'going' && (
                <>
                  <button
                    type="button"
                    className="button"
                    disabled={busy}
                    onClick={() => void send({ type: 'round.next' })}
                  >
                    {text.voices.roundNext}
                  </button>
                  {roundPerson && (
                    <button
                      type="button"
                      className="button"
                      disabled={busy}
                      onClick={() => void send({ type: 'round.pass' })}
                    >
                      {text.voices.passFor(displayName(roundPerson))}
                    </button>
                  )}
                </>
              )}
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => void send({ type: 'round.end' })}
              >
                {text.voices.endRound}
              </button>
            </div>
          )}
        </div>
      )}
      {hands.length > 0 && (
        <div data-testid="hands">
          <h3 className="voices-subheading">{text.voices.handsHeading}</h3>
          <ol className="people-in-order">
            {hands.map((person, i) => (
              <li key={person.id}>
                <span className="place">{text.voices.place(i + 1)}</span>
                <PersonBadge person={person} size={24} />
                {person.id === session.participantId && <span>({text.voices.you})</span>}
                {isFacilitator && (
                  <span className="voices-actions">
                    <button
                      type="button"
                      className="button"
                      disabled={busy}
                      onClick={() => void send({ type: 'turn.give', participantId: person.id })}
                    >
                      {text.voices.giveTurn(displayName(person))}
                    </button>
                    <button
                      type="button"
                      className="button"
                      disabled={busy}
                      onClick={() => void send({ type: 'hand.lower', participantId: person.id })}
                    >
                      {text.voices.putDown(displayName(person))}
                    </button>
                  </span>
                )}
              </li>
            ))}
          </ol>
        </div>
      )}
      {problem && (
        <p className="message message-problem" role="alert">
          {problem}
        </p>
      )}
    </section>
  )
}
