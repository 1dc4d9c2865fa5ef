import { useEffect, useRef, useState, type FormEvent } from 'react'
import { defaultLimits, type BoardSummary } from '@wesee/shared'
import { ApiRequestError } from '../api/apiClient.ts'
import { announce } from '../a11y/announce.ts'
import { forgetBoard, rememberBoard, type RememberedBoard } from '../home/boardHistory.ts'
import { text } from '../text.ts'
import { deleteBoard, duplicateBoard, updateBoard } from './boardManagementApi.ts'

/**
 * A facilitator's tools for one board on the home page: rename, put away
 * or bring back, copy (with or without people's notes) and delete, which
 * asks first and says plainly that it cannot be undone.
 */
export function ManageBoard({
  board,
  summary,
  onChanged,
}: {
  board: RememberedBoard
  summary: BoardSummary
  /** The list should be read again (a copy was made, or this board was deleted). */
  onChanged: () => void
}) {
  const [title, setTitle] = useState(summary.title)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [confirmingDelete, setConfirmingDelete] = useState(false)
  const confirmHeading = useRef<HTMLHeadingElement>(null)
  const idFor = (what: string) => `${what}-${board.id}`

  useEffect(() => {
    if (confirmingDelete) confirmHeading.current?.focus()
  }, [confirmingDelete])

  async function run(work: () => Promise<void>) {
    setBusy(true)
    setProblem(null)
    try {
      await work()
    } catch (error) {
      setProblem(error instanceof ApiRequestError ? error.message : text.errors.generic)
    } finally {
      setBusy(false)
    }
  }

  const rename = (event: FormEvent) => {
    event.preventDefault()
    void run(async () => {
      const updated = await updateBoard(board.id, board.key, { title })
      rememberBoard({ id: board.id, title: updated.title, role: board.role, key: board.key })
      onChanged()
    })
  }

  const setArchived = (archived: boolean) =>
    run(async () => {
      await updateBoard(board.id, board.key, { archived })
      onChanged()
    })

  const copy = (withNotes: boolean) =>
    run(async () => {
      const copyTitle = text.yourBoards.copyTitle(summary.title).slice(0, defaultLimits.maxTitleLength)
      const created = await duplicateBoard(board.id, board.key, { title: copyTitle, withNotes })
      rememberBoard({
        id: created.id,
        title: created.title,
        role: 'facilitator',
        key: created.keys.facilitator,
      })
      announce(copyTitle)
      onChanged()
    })

  const remove = () =>
    run(async () => {
      await deleteBoard(board.id, board.key)
      forgetBoard(board.id)
      announce(text.yourBoards.deletedDone(summary.title))
      onChanged()
    })

  return (
    <div className="revisit-section" data-testid={`manage-${board.id}`}>
      {problem && (
        <p className="message message-problem" role="alert">
          {problem}
        </p>
      )}
      <form onSubmit={rename} className="revisit-section">
        <label htmlFor={idFor('rename')}>{text.yourBoards.renameLabel}</label>
        <input
          id={idFor('rename')}
          value={title}
          maxLength={defaultLimits.maxTitleLength}
          onChange={(event) => setTitle(event.target.value)}
          autoComplete="off"
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            {text.yourBoards.saveName}
          </button>
        </div>
      </form>
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void setArchived(!summary.archived)}
        >
          {summary.archived ? text.yourBoards.unarchive : text.yourBoards.archive}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void copy(false)}>
          {text.yourBoards.duplicateWithoutNotes}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void copy(true)}>
          {text.yourBoards.duplicateWithNotes}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => setConfirmingDelete(true)}>
          {text.yourBoards.delete}
        </button>
      </div>
      {confirmingDelete && (
        <section className="revisit-section" aria-labelledby={idFor('delete-heading')}>
          <h3 id={idFor('delete-heading')} ref={confirmHeading} tabIndex={-1}>
            {text.yourBoards.deleteHeading(summary.title)}
          </h3>
          <p>{text.yourBoards.deleteConfirm}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button-danger"
              disabled={busy}
              onClick={() => void remove()}
            >
              {text.yourBoards.deleteYes}
            </button>
            <button type="button" className="button" onClick={() => setConfirmingDelete(false)}>
              {text.yourBoards.cancel}
            </button>
          </div>
        </section>
      )}
    </div>
  )
}
