import { useId, useRef, useState, type FormEvent } from 'react'
import { text } from '../text.ts'

/** A labelled text box with Save (and Cancel): adding or changing a note from the list. */
export function NoteEditor({
  label,
  initial = '',
  submitLabel,
  onSubmit,
  onCancel,
  autoFocus = false,
  paused = null,
}: {
  label: string
  initial?: string
  submitLabel: string
  onSubmit: (words: string) => void
  onCancel?: () => void
  /** Moves focus into the box (when it replaces the button that opened it). */
  autoFocus?: boolean
  /** Why the words cannot be added just now (the board is paused): the draft stays. */
  paused?: string | null
}) {
  const id = useId()
  const [words, setWords] = useState(initial)
  const box = useRef<HTMLTextAreaElement>(null)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const trimmed = words.trim()
    if (!trimmed || paused) return
    onSubmit(trimmed)
    setWords('')
    // Adding: back to the empty box, ready for the next note (changing closes the form instead).
    if (!onCancel) box.current?.focus()
  }
  return (
    <form className="note-editor" onSubmit={submit}>
      <label htmlFor={id}>{label}</label>
      {paused && (
        <p className="hint" id={`${id}-paused`} role="status">
          {paused}
        </p>
      )}
      <textarea
        ref={box}
        id={id}
        aria-describedby={paused ? `${id}-paused` : undefined}
        autoFocus={autoFocus}
        value={words}
        rows={2}
        maxLength={2000}
        onChange={(event) => setWords(event.target.value)}
      />
      <div className="actions">
        {/* Never disabled under the person: an empty or paused box says why instead. */}
        <button type="submit" className="button button-primary" aria-disabled={!words.trim() || !!paused}>
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
