import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { text } from '../text.ts'

/** Words typed but not yet added, kept while this page is open. */
const drafts = new Map<string, string>()

/** A labelled text box with Save (and Cancel): adding or changing a note from the list. */
export function NoteEditor({
  label,
  initial = '',
  submitLabel,
  onSubmit,
  onCancel,
  autoFocus = false,
  draftKey,
  paused = null,
  hint,
}: {
  label: string
  initial?: string
  submitLabel: string
  onSubmit: (words: string) => void
  onCancel?: () => void
  /** Moves focus into the box (when it replaces the button that opened it). */
  autoFocus?: boolean
  /** Keeps unsent words under this key when the box goes away (switching to the board and back). */
  draftKey?: string
  /** Why the words cannot be added just now (the board is paused): the draft stays. */
  paused?: string | null
  /** A line under the label, such as how to add. */
  hint?: string
}) {
  const id = useId()
  const [words, setWordsNow] = useState(() => (draftKey ? drafts.get(draftKey) : undefined) ?? initial)
  const setWords = (next: string) => {
    setWordsNow(next)
    if (!draftKey) return
    if (next) drafts.set(draftKey, next)
    else drafts.delete(draftKey)
  }
  const box = useRef<HTMLTextAreaElement>(null)
  const submit = (event: FormEvent | KeyboardEvent) => {
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
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {paused && (
        <p className="hint" id={`${id}-paused`} role="status">
          {paused}
        </p>
      )}
      <textarea
        ref={box}
        id={id}
        aria-describedby={
          [paused ? `${id}-paused` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined
        }
        autoFocus={autoFocus}
        value={words}
        rows={2}
        maxLength={2000}
        onChange={(event) => setWords(event.target.value)}
        onKeyDown={(event) => {
          // Enter adds the note; Shift+Enter starts a new line.
          if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return
          submit(event)
        }}
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
