import { useId, useState } from 'react'
import { readPrivateWriting } from '@wesee/shared'
import { announce } from '../../a11y/announce.ts'
import { text } from '../../text.ts'
import { useBoardSession } from '../BoardSession.ts'
import { useCommand } from '../useCommand.ts'
import type { PrivateNotes } from './usePrivateNotes.ts'
import './privateWriting.css'
import { Icon } from '../../icons/Icon.tsx'

/**
 * What a person writing on their own sees: that only they can see their
 * notes (and, honestly, that the facilitator's reveal will share them),
 * how many they have, and "Share my notes" with "Share without my name".
 * Shown while private writing is on, and while they still have private notes.
 */
export function PrivateWritingBanner({ notes }: { notes: PrivateNotes | null }) {
  const session = useBoardSession()
  const { send, problem, busy } = useCommand()
  const [outcome, setOutcome] = useState<string | null>(null)
  const hintId = useId()
  if (!notes || !session.control) return null
  const active = readPrivateWriting(session.control)?.active ?? false
  if (!active && notes.count === 0) return null

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
    <section
      className="private-banner"
      aria-label={text.privateWriting.bannerLabel}
      data-testid="private-writing-banner"
    >
      <p className="private-banner-title">
        <Icon name="lock" /> {active ? text.privateWriting.banner : text.privateWriting.keptNotes}
      </p>
      {active && <p className="private-banner-line">{text.privateWriting.bannerReveal}</p>}
      <p className="private-banner-line" data-testid="private-note-count">
        {notes.count > 0 ? text.privateWriting.yourCount(notes.count) : text.privateWriting.noNotesYet}
      </p>
      {notes.waitingToShare && notes.count > 0 && (
        <p className="private-banner-line">{text.privateWriting.waiting}</p>
      )}
      <div className="private-banner-actions">
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
    </section>
  )
}
