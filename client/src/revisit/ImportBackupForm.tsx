import { useState, type FormEvent } from 'react'
import { ApiRequestError } from '../api/apiClient.ts'
import { boardPath } from '../app/route.ts'
import { rememberBoard } from '../home/boardHistory.ts'
import { text } from '../text.ts'
import { importBackup } from './boardManagementApi.ts'

/** "Bring in a board from a backup": a WeSee backup file becomes a new board, opened as facilitator. */
export function ImportBackupForm({ onImported }: { onImported: (path: string) => void }) {
  const [file, setFile] = useState<File | null>(null)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!file) return
    setBusy(true)
    setProblem(null)
    try {
      const board = await importBackup(await file.text())
      rememberBoard({ id: board.id, title: board.title, role: 'facilitator', key: board.keys.facilitator })
      onImported(boardPath(board.id, board.keys.facilitator))
    } catch (error) {
      setProblem(error instanceof ApiRequestError ? error.message : text.errors.generic)
      setBusy(false)
    }
  }

  return (
    <form
      className="revisit-section"
      onSubmit={(event) => void submit(event)}
      aria-labelledby="import-heading"
    >
      <h3 id="import-heading">{text.yourBoards.importHeading}</h3>
      <label htmlFor="import-file">{text.yourBoards.importLabel}</label>
      <input
        id="import-file"
        type="file"
        accept="application/json,.json"
        onChange={(event) => setFile(event.target.files?.[0] ?? null)}
      />
      {problem && (
        <p className="message message-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button" disabled={busy || !file}>
          {busy ? text.yourBoards.importing : text.yourBoards.importButton}
        </button>
      </div>
    </form>
  )
}
