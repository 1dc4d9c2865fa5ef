import { useEffect, useState } from 'react'
import { Role, type BoardSummary } from '@wesee/shared'
import { ApiRequestError, getBoard } from '../api/apiClient.ts'
import { rememberBoard, rememberedBoards } from '../home/boardHistory.ts'
import { text } from '../text.ts'
import { BoardCanvas } from './BoardCanvas.tsx'
import { ConnectionStatus } from './ConnectionStatus.tsx'
import { describeConnection } from './connectionState.ts'
import { NamePrompt } from './NamePrompt.tsx'
import { saveName, savedName } from './localUser.ts'
import { useBoardSync } from './useBoardSync.ts'

type BoardInfo =
  | { state: 'loading' }
  | { state: 'ready'; board: Pick<BoardSummary, 'title' | 'role'> }
  | { state: 'problem'; message: string }

/** A board: its canvas, kept in sync with everyone else's. */
export function BoardPage({ boardId, boardKey }: { boardId: string; boardKey: string | null }) {
  const key = boardKey ?? rememberedBoards().find((b) => b.id === boardId)?.key ?? null
  const [info, setInfo] = useState<BoardInfo>({ state: 'loading' })
  const [name, setName] = useState(savedName)

  useEffect(() => {
    if (!key) {
      setInfo({ state: 'problem', message: text.status.wrongKey })
      return
    }
    let cancelled = false
    getBoard(boardId, key).then(
      (board) => {
        if (cancelled) return
        rememberBoard({ id: board.id, title: board.title, role: board.role, key })
        document.title = `${board.title} · ${text.appName}`
        setInfo({ state: 'ready', board })
      },
      (error: unknown) => {
        if (cancelled) return
        // Offline with a board we have opened before: open it from this device.
        const remembered = rememberedBoards().find((b) => b.id === boardId && b.key === key)
        if (error instanceof ApiRequestError && error.code === 'network' && remembered) {
          setInfo({ state: 'ready', board: remembered })
        } else {
          setInfo({
            state: 'problem',
            message: error instanceof ApiRequestError ? error.message : text.errors.generic,
          })
        }
      },
    )
    return () => {
      cancelled = true
    }
  }, [boardId, key])

  if (info.state === 'problem') return <Problem message={info.message} />
  if (info.state === 'loading' || !key) return <Loading message={text.board.loading} />
  const viewOnly = info.board.role === Role.Viewer
  if (!viewOnly && !name) {
    return (
      <NamePrompt
        onDone={(chosen) => {
          saveName(chosen)
          setName(chosen)
        }}
      />
    )
  }
  return (
    <ConnectedBoard boardId={boardId} boardKey={key} name={name ?? text.roles.viewer} viewOnly={viewOnly} />
  )
}

function ConnectedBoard({
  boardId,
  boardKey,
  name,
  viewOnly,
}: {
  boardId: string
  boardKey: string
  name: string
  viewOnly: boolean
}) {
  const { store, provider, connection } = useBoardSync(boardId, boardKey)
  if (connection.kind === 'refused') return <Problem message={describeConnection(connection)} />
  return (
    <main className="board" id="main" aria-label="Board">
      {store && provider ? (
        <BoardCanvas store={store} provider={provider} name={name} readOnly={viewOnly} />
      ) : (
        <Loading message={connection.kind === 'offline' ? text.board.loadingOffline : text.board.loading} />
      )}
      <ConnectionStatus state={connection} viewOnly={viewOnly} />
    </main>
  )
}

function Loading({ message }: { message: string }) {
  return (
    <div className="centered" role="status" aria-live="polite">
      <p>{message}</p>
    </div>
  )
}

function Problem({ message }: { message: string }) {
  return (
    <main className="home" id="main">
      <h1>{text.appName}</h1>
      <p className="message message-problem" role="alert">
        {message}
      </p>
      <a className="button" href="/">
        {text.board.backHome}
      </a>
    </main>
  )
}
