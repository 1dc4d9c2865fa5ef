import { useState, type FormEvent } from 'react'
import type { BoardLanguage, CreatedBoard, TemplateId } from '@wesee/shared'
import { ApiRequestError, createBoard } from '../api/apiClient.ts'
import { boardPath } from '../app/route.ts'
import { BoardLanguageSelect } from '../languages/BoardLanguageSelect.tsx'
import { devicesBoardLanguage } from '../languages/devicesBoardLanguage.ts'
import { text } from '../text.ts'
import { rememberBoard } from './boardHistory.ts'
import { KeepYourLink } from './KeepYourLink.tsx'
import { TemplatePicker } from './TemplatePicker.tsx'

/**
 * The "Start a new board" form. On success it shows the facilitator link
 * once (it cannot be shown again), then opens the board as facilitator.
 */
export function CreateBoardForm({ onCreated }: { onCreated: (path: string) => void }) {
  const [title, setTitle] = useState('')
  const [template, setTemplate] = useState<TemplateId>('blank')
  const [language, setLanguage] = useState<BoardLanguage>(devicesBoardLanguage)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [created, setCreated] = useState<CreatedBoard | null>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setError(null)
    try {
      const board = await createBoard(title.trim() || 'Our board', template, language)
      rememberBoard({ id: board.id, title: board.title, role: 'facilitator', key: board.keys.facilitator })
      setCreated(board)
    } catch (caught) {
      setError(caught instanceof ApiRequestError ? caught.message : text.errors.generic)
      setBusy(false)
    }
  }

  if (created)
    return (
      <KeepYourLink
        board={created}
        onOpen={() => onCreated(boardPath(created.id, created.keys.facilitator))}
      />
    )

  return (
    <form className="card" onSubmit={submit} aria-labelledby="create-heading">
      <h2 id="create-heading">{text.home.createHeading}</h2>
      <label htmlFor="board-title">{text.home.titleLabel}</label>
      <input
        id="board-title"
        name="title"
        value={title}
        maxLength={120}
        placeholder={text.home.titlePlaceholder}
        onChange={(event) => setTitle(event.target.value)}
        autoComplete="off"
      />
      <TemplatePicker value={template} onChange={setTemplate} />
      <BoardLanguageSelect
        label={text.home.languageLabel}
        hint={text.home.languageHint}
        value={language}
        onChange={(chosen) => chosen && setLanguage(chosen)}
      />
      {error && (
        <p className="message message-problem" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? text.home.creating : text.home.createButton}
      </button>
    </form>
  )
}
