import { useId, useState } from 'react'
import { announce } from '../../a11y/announce.ts'
import { text } from '../../text.ts'
import { useBoardSession } from '../BoardSession.ts'
import { useCommand } from '../useCommand.ts'
import type { PrivateNotes } from './usePrivateNotes.ts'

/**
 * "Share my notes", with "Share without my name" when `withChoice`: the one
 * place a person shares their own private notes, used by the banner and by
 * the writing sheet so both say and do the same.
 */
export function ShareMyNotes({ notes, withChoice }: { notes: PrivateNotes; withChoice: boolean }) {
  const session = useBoardSession()
  const { send, problem, busy } = useCommand()
  const [outcome, setOutcome] = useState<string | null>(null)
  const hintId = useId()
  const joinedWithoutName = session.me?.anonymous ?? false
  const withoutName = joinedWithoutName || notes.shareWithoutName
  const share = async () => {
    setOutcome(null)
    const result = await send({ type: 'private.share', anonymous: withoutName })
    if (!result) return
    const waiting = Number(result.waiting) > 0
    setOutcome(waiting ? text.privateWriting.waiting : text.privateWriting.sharedYours)
    // Shared notes are announced once, with where they went, when the board
    // hears of the share (usePrivateWritingAnnouncements); a second message
    // here would race it and could be the one a screen reader keeps.
    if (waiting) announce(text.privateWriting.waiting)
  }
  return (
    <>
      <div className="private-banner-actions">
        {withChoice && (
          <label className="check private-banner-check">
            <input
              type="checkbox"
              checked={withoutName}
              disabled={joinedWithoutName}
              aria-describedby={hintId}
              onChange={(event) => notes.setShareWithoutName(event.target.checked)}
            />
            <span>
              {text.privateWriting.shareWithoutName}
              <span className="hint" id={hintId}>
                {joinedWithoutName
                  ? text.privateWriting.joinedWithoutName
                  : text.privateWriting.shareWithoutNameHint}
              </span>
            </span>
          </label>
        )}
        <button
          type="button"
          className="button button-primary"
          disabled={busy || notes.count === 0}
          onClick={() => void share()}
        >
          {text.privateWriting.share}
        </button>
      </div>
      {outcome && <p className="private-banner-line private-banner-outcome">{outcome}</p>}
      {problem && (
        <p className="message message-problem" role="alert">
          {problem}
        </p>
      )}
    </>
  )
}
