import { useCallback, useEffect, useState } from 'react'
import { Role } from '@wesee/shared'
import { ApiRequestError, getBoard } from '../api/apiClient.ts'
import { boardPath } from '../app/route.ts'
import { forgetBoard, rememberedBoards, type RememberedBoard } from '../home/boardHistory.ts'
import { text } from '../text.ts'
import type { BoardState } from './boardManagementApi.ts'
import { ImportBackupForm } from './ImportBackupForm.tsx'
import { ManageBoard } from './ManageBoard.tsx'
import { formatWhen } from '../i18n/dates.ts'

/**
 * The boards this browser made or joined, each with its name and last
 * activity as the server knows them now, and the role this browser has.
 * Boards put away are folded out of sight; a deleted board says so and can
 * be taken off the list.
 */
export function BoardsOverview({ onOpen }: { onOpen: (path: string) => void }) {
  const [boards, setBoards] = useState(rememberedBoards)
  const [states, setStates] = useState<Record<string, BoardState>>({})
  const [showArchived, setShowArchived] = useState(false)
  const [managing, setManaging] = useState<string | null>(null)

  const refresh = useCallback(() => {
    const list = rememberedBoards()
    setBoards(list)
    for (const board of list) {
      getBoard(board.id, board.key)
        .then((summary) => setStates((all) => ({ ...all, [board.id]: { kind: 'ready', summary } })))
        .catch((error: unknown) => {
          const gone = error instanceof ApiRequestError && error.status === 404
          setStates((all) => ({ ...all, [board.id]: { kind: gone ? 'deleted' : 'unreachable' } }))
        })
    }
  }, [])

  useEffect(refresh, [refresh])

  const isArchived = (board: RememberedBoard) => {
    const state = states[board.id]
    return state?.kind === 'ready' && state.summary.archived
  }
  const active = boards.filter((board) => !isArchived(board))
  const archived = boards.filter(isArchived)

  const item = (board: RememberedBoard) => {
    const state = states[board.id] ?? { kind: 'loading' }
    const summary = state.kind === 'ready' ? state.summary : null
    const title = summary?.title ?? board.title
    const path = boardPath(board.id, board.key)
    const when = summary?.lastActivityAt ? Date.parse(summary.lastActivityAt) : board.lastOpenedAt
    return (
      <li key={board.id} className="board-item" data-testid={`board-${board.id}`}>
        {state.kind === 'deleted' ? (
          <div className="board-link">
            <span className="board-link-title" dir="auto">
              {title}
            </span>
            <span className="board-link-meta">{text.yourBoards.deleted}</span>
          </div>
        ) : (
          <a
            href={path}
            className="board-link"
            onClick={(event) => {
              event.preventDefault()
              onOpen(path)
            }}
          >
            <span className="board-link-title" dir="auto">
              {title}
            </span>
            <span className="board-link-meta">
              {text.roles[summary?.role ?? board.role]} ·{' '}
              {summary
                ? text.yourBoards.lastActivity(formatWhen(when))
                : text.home.lastOpened(formatWhen(when))}
              {summary?.archived && ` · ${text.yourBoards.archived}`}
            </span>
          </a>
        )}
        <div className="board-manage">
          {state.kind === 'deleted' && (
            <button
              type="button"
              className="button"
              onClick={() => {
                forgetBoard(board.id)
                refresh()
              }}
            >
              {text.yourBoards.forget(title)}
            </button>
          )}
          {summary && summary.role === Role.Facilitator && (
            <button
              type="button"
              className="button"
              aria-expanded={managing === board.id}
              onClick={() => setManaging(managing === board.id ? null : board.id)}
            >
              {text.yourBoards.manage(title)}
            </button>
          )}
        </div>
        {summary && managing === board.id && (
          <ManageBoard
            board={board}
            summary={summary}
            onChanged={() => {
              setManaging(null)
              refresh()
            }}
          />
        )}
      </li>
    )
  }

  return (
    <>
      {boards.length === 0 ? <p>{text.home.noBoards}</p> : <ul className="board-list">{active.map(item)}</ul>}
      {archived.length > 0 && (
        <>
          <div className="button-row">
            <button
              type="button"
              className="button"
              aria-expanded={showArchived}
              onClick={() => setShowArchived(!showArchived)}
            >
              {showArchived ? text.yourBoards.hideArchived : text.yourBoards.showArchived(archived.length)}
            </button>
          </div>
          {showArchived && <ul className="board-list">{archived.map(item)}</ul>}
        </>
      )}
      <ImportBackupForm onImported={onOpen} />
    </>
  )
}
