import { useId, useState, type FormEvent } from 'react'
import { text } from '../text.ts'

/** A labelled text box with Save (and Cancel): adding or changing a note from the list. */
export function NoteEditor({
  label,
  initial = '',
  submitLabel,
  onSubmit,
  onCancel,
  autoFocus = false,
}: {
  label: string
  initial?: string
  submitLabel: string
  onSubmit: (words: string) => void
  onCancel?: () => void
  /** Moves focus into the box (when it replaces the button that opened it). */
  autoFocus?: boolean
}) {
  const id = useId()
  const [words, setWords] = useState(initial)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const trimmed = words.trim()
    if (!trimmed) return
    onSubmit(trimmed)
    setWords('')
  }
  return (
    <form className="note-editor" onSubmit={submit}>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        autoFocus={autoFocus}
        value={words}
        rows={2}
        maxLength={2000}
        onChange={(event) => setWords(event.target.value)}
      />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={!words.trim()}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {text.list.cancel}
          </button>
        )}
      </div>
    </form>
  )
}
