import { useState, type FormEvent } from 'react'
import { text } from '../text.ts'

/** Asks for a name to show beside this person's pointer. */
export function NamePrompt({ onDone }: { onDone: (name: string) => void }) {
  const [name, setName] = useState('')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const trimmed = name.trim()
    if (trimmed) onDone(trimmed.slice(0, 40))
  }
  return (
    <main className="home" id="main">
      <form className="card" onSubmit={submit} aria-labelledby="name-heading">
        <h1 id="name-heading">{text.board.namePromptHeading}</h1>
        <label htmlFor="your-name">{text.board.nameLabel}</label>
        <p className="hint" id="your-name-hint">
          {text.board.nameHint}
        </p>
        <input
          id="your-name"
          value={name}
          maxLength={40}
          autoComplete="nickname"
          aria-describedby="your-name-hint"
          onChange={(event) => setName(event.target.value)}
          required
        />
        <button type="submit" className="button button-primary">
          {text.board.nameButton}
        </button>
      </form>
    </main>
  )
}
