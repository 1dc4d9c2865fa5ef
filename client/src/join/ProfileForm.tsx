import { useState, type FormEvent } from 'react'
import { avatars, maxNameLength, type JoinRequest } from '@wesee/shared'
import { text } from '../text.ts'
import { AvatarPicker } from './AvatarPicker.tsx'

/**
 * Picture, optional name, "Join without my name" and "Credit me by name".
 * Used to join and, later, to change one's profile.
 */
export function ProfileForm({
  initial,
  submitLabel,
  busyLabel,
  onSubmit,
  onCancel,
}: {
  initial?: JoinRequest
  submitLabel: string
  busyLabel: string
  onSubmit: (profile: JoinRequest) => Promise<void>
  onCancel?: () => void
}) {
  const [avatar, setAvatar] = useState(initial?.avatar ?? avatars[0]!.id)
  const [name, setName] = useState(initial?.name ?? '')
  const [anonymous, setAnonymous] = useState(initial?.anonymous ?? false)
  const [credit, setCredit] = useState(initial?.credit ?? false)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    const trimmed = name.trim()
    if (!anonymous && !trimmed) {
      setProblem(text.join.needName)
      return
    }
    setBusy(true)
    setProblem(null)
    try {
      await onSubmit({
        avatar,
        name: anonymous ? null : trimmed,
        anonymous,
        credit: anonymous ? false : credit,
      })
    } catch (error) {
      setProblem(error instanceof Error ? error.message : text.errors.generic)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="profile-form" onSubmit={submit} noValidate>
      <AvatarPicker legend={text.join.pictureLegend} value={avatar} onChange={setAvatar} />
      <div className="field">
        <label htmlFor="profile-name">{text.join.nameLabel}</label>
        <p className="hint" id="profile-name-hint">
          {text.join.nameHint}
        </p>
        <input
          id="profile-name"
          value={name}
          maxLength={maxNameLength}
          autoComplete="nickname"
          disabled={anonymous}
          aria-describedby="profile-name-hint"
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <label className="check">
        <input type="checkbox" checked={anonymous} onChange={(event) => setAnonymous(event.target.checked)} />
        <span>
          {text.join.anonymousLabel}
          <span className="hint">{text.join.anonymousHint}</span>
        </span>
      </label>
      {!anonymous && (
        <label className="check">
          <input type="checkbox" checked={credit} onChange={(event) => setCredit(event.target.checked)} />
          <span>
            {text.join.creditLabel}
            <span className="hint">{text.join.creditHint}</span>
          </span>
        </label>
      )}
      {problem && (
        <p className="message message-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? busyLabel : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {text.join.cancel}
          </button>
        )}
      </div>
    </form>
  )
}
