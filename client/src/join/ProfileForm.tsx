import { useState, type FormEvent, type ReactNode } from 'react'
import { avatars, maxNameLength, type JoinRequest } from '@wesee/shared'
import { text } from '../text.ts'
import { AvatarPicker } from './AvatarPicker.tsx'

/**
 * Picture, an optional name (left empty, others see only the picture) and
 * "Credit me by name". Used to join and, later, to change one's profile.
 * `children` go between the name and the button (the join screen's device
 * question). On the join screen (`fitScreen`) the pictures scroll in their
 * own box, so the name and the button stay on a phone's screen.
 */
export function ProfileForm({
  initial,
  submitLabel,
  busyLabel,
  onSubmit,
  onCancel,
  fitScreen = false,
  children,
}: {
  initial?: JoinRequest
  submitLabel: string
  busyLabel: string
  onSubmit: (profile: JoinRequest) => Promise<void>
  onCancel?: () => void
  fitScreen?: boolean
  children?: ReactNode
}) {
  const [avatar, setAvatar] = useState(initial?.avatar ?? avatars[0]!.id)
  const [name, setName] = useState(initial?.anonymous ? '' : (initial?.name ?? ''))
  const [credit, setCredit] = useState(initial?.credit ?? false)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const trimmed = name.trim()

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setProblem(null)
    try {
      // The label says the name may be left empty: then the person joins with their picture only.
      const anonymous = trimmed === ''
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
    <form className={fitScreen ? 'profile-form fit-screen' : 'profile-form'} onSubmit={submit} noValidate>
      <AvatarPicker legend={text.join.pictureLegend} value={avatar} onChange={setAvatar} />
      <div className="profile-details">
        <div className="field">
          <label htmlFor="profile-name">{text.join.nameLabel}</label>
          {/* The box before its hint: on a small screen with big text, the box stays in view. */}
          <input
            id="profile-name"
            value={name}
            maxLength={maxNameLength}
            autoComplete="nickname"
            aria-describedby="profile-name-hint"
            onChange={(event) => setName(event.target.value)}
          />
          <p className="hint" id="profile-name-hint">
            {trimmed ? text.join.nameHint : text.join.noNameHint}
          </p>
        </div>
        {trimmed && (
          <label className="check">
            <input type="checkbox" checked={credit} onChange={(event) => setCredit(event.target.checked)} />
            <span>
              {text.join.creditLabel}
              <span className="hint">{text.join.creditHint}</span>
            </span>
          </label>
        )}
        {children}
      </div>
      {problem && (
        <p className="message message-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="actions profile-actions">
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
