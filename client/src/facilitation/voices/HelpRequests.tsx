import { useEffect, useRef } from 'react'
import { displayName, pictureUrl, type HelpRequest } from '@wesee/shared'
import { announce } from '../../a11y/announce.ts'
import { text } from '../../text.ts'
import { useBoardSession } from '../BoardSession.ts'
import { useCommand } from '../useCommand.ts'
import { cardPictures } from './cardPictures.ts'
import { personById } from './PersonBadge.tsx'
import { useHelpRequests } from './useHelpRequests.ts'

/**
 * For the facilitator only: who asked quietly for a break or for help, so
 * they can check in with them. Marked seen by the facilitator; nobody else
 * ever receives these.
 */
export function HelpRequests() {
  const session = useBoardSession()
  const { requests, synced } = useHelpRequests(session.boardId, session.boardKey)
  const waiting = requests.filter((request) => request.seenAt === null)
  const { send, busy } = useCommand()
  const people = session.control?.participants ?? []
  const nameOf = (request: HelpRequest) => {
    const person = personById(people, request.participantId)
    return person ? displayName(person) : text.voices.you
  }
  const said = useRef<Set<string> | null>(null)
  useEffect(() => {
    // Say the new ones, not the ones already there when the page opened.
    if (!synced) return
    if (said.current === null) {
      said.current = new Set(requests.map((request) => request.id))
      return
    }
    for (const request of requests) {
      if (said.current.has(request.id)) continue
      said.current.add(request.id)
      if (request.seenAt === null)
        announce(text.voices.helpArrived(nameOf(request), text.voices.cards[request.kind]))
    }
  })
  if (waiting.length === 0) return null
  return (
    <section className="help-requests" aria-labelledby="help-requests-heading" data-testid="help-requests">
      <h2 id="help-requests-heading" className="voices-heading">
        {text.voices.helpHeading}
      </h2>
      <ul className="people-in-order">
        {waiting.map((request) => (
          <li key={request.id}>
            <img src={pictureUrl(cardPictures[request.kind])} alt="" width={28} height={28} />
            <span>{text.voices.helpFrom(nameOf(request), text.voices.cards[request.kind])}</span>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void send({ type: 'signal.seen', id: request.id })}
            >
              {text.voices.seen(nameOf(request))}
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
