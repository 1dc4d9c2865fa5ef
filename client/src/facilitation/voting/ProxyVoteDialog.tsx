import { useEffect, useId, useState } from 'react'
import type { Editor } from 'tldraw'
import { displayName, type MyVotes, type VoteState } from '@wesee/shared'
import { announce } from '../../a11y/announce.ts'
import { text } from '../../text.ts'
import { useBoardSession } from '../BoardSession.ts'
import { Dialog } from '../Dialog.tsx'
import { useCommand } from '../useCommand.ts'
import { noteWords } from './noteWords.ts'
import { getMyVotes } from './votingApi.ts'

/**
 * The facilitator votes for someone in the room who cannot use a device.
 * The vote is recorded as that person's, from their own votes, and only
 * once the facilitator confirms the person agreed.
 */
export function ProxyVoteDialog({
  editor,
  vote,
  onClose,
}: {
  editor: Editor | null
  vote: VoteState
  onClose: () => void
}) {
  const { boardId, boardKey, token, participantId, control } = useBoardSession()
  const people = (control?.participants ?? []).filter((person) => person.id !== participantId)
  const [personId, setPersonId] = useState(people[0]?.id ?? '')
  const [shapeId, setShapeId] = useState(vote.shapeIds[0] ?? '')
  const [agreed, setAgreed] = useState(false)
  const [theirs, setTheirs] = useState<MyVotes | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const { send, busy, problem } = useCommand()
  const ids = { person: useId(), note: useId(), left: useId() }
  const person = people.find((p) => p.id === personId)
  const name = person ? displayName(person) : ''

  useEffect(() => {
    setTheirs(null)
    if (!personId) return
    let cancelled = false
    getMyVotes(boardId, boardKey, token, personId).then(
      (answer) => !cancelled && setTheirs(answer),
      () => {},
    )
    return () => {
      cancelled = true
    }
  }, [boardId, boardKey, token, personId])

  const change = async (type: 'vote.cast' | 'vote.retract') => {
    setDone(null)
    const answer = await send({ type, shapeId, onBehalfOf: personId, consentConfirmed: agreed })
    if (!answer) return
    setTheirs(answer.mine as MyVotes)
    const message = type === 'vote.cast' ? text.voting.proxyDone(name) : text.voting.proxyTakenBack(name)
    setDone(message)
    announce(message)
  }

  return (
    <Dialog title={text.voting.proxyHeading} onClose={onClose} testId="proxy-vote">
      <p className="hint">{text.voting.proxyHint}</p>
      <div className="vote-setup">
        <div className="field">
          <label htmlFor={ids.person}>{text.voting.proxyPerson}</label>
          <select
            id={ids.person}
            value={personId}
            aria-describedby={ids.left}
            onChange={(event) => {
              setPersonId(event.target.value)
              setAgreed(false)
            }}
          >
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {displayName(p)}
              </option>
            ))}
          </select>
          <p className="hint" id={ids.left} aria-live="polite">
            {theirs && person ? text.voting.proxyVotesLeft(name, theirs.votesLeft) : ''}
          </p>
        </div>
        <div className="field">
          <label htmlFor={ids.note}>{text.voting.proxyNote}</label>
          <select id={ids.note} value={shapeId} onChange={(event) => setShapeId(event.target.value)}>
            {vote.shapeIds.map((id) => (
              <option key={id} value={id}>
                {noteWords(editor, id)}
              </option>
            ))}
          </select>
        </div>
        <label className="check">
          <input type="checkbox" checked={agreed} onChange={(event) => setAgreed(event.target.checked)} />
          {text.voting.proxyConsent}
        </label>
        {problem && (
          <p className="message message-problem" role="alert">
            {problem}
          </p>
        )}
        {done && <p className="message vote-done">{done}</p>}
        <div className="actions">
          <button
            type="button"
            className="button button-primary"
            disabled={busy || !agreed || !personId}
            onClick={() => void change('vote.cast')}
          >
            {text.voting.proxyCast}
          </button>
          <button
            type="button"
            className="button"
            disabled={busy || !agreed || !personId}
            onClick={() => void change('vote.retract')}
          >
            {text.voting.proxyRetract}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {text.voting.close}
          </button>
        </div>
      </div>
    </Dialog>
  )
}
