import { Suspense, useCallback, useEffect, useState } from 'react'
import { CloseCode, Role, type BoardSummary, type JoinedBoard } from '@wesee/shared'
import { ApiRequestError, getBoard } from '../api/apiClient.ts'
import { forgetBoard, rememberBoard, rememberedBoards } from '../home/boardHistory.ts'
import {
  forgetIdentity,
  joinedOnSharedDevice,
  savedIdentity,
  type DeviceKind,
} from '../join/participantIdentity.ts'
import { isReplacingOwnLink } from '../facilitation/newLinks/ownLinkReplacement.ts'
import { JoinScreen } from '../join/JoinScreen.tsx'
import { text } from '../text.ts'
import { LazyConnectedBoard, loadConnectedBoard } from '../app/lazyPages.ts'
import { Loading, Problem } from './PageStates.tsx'
import { problemMessage } from './problemMessage.ts'

type BoardInfo =
  | { state: 'loading' }
  | {
      state: 'ready'
      // A board opened offline from "Your boards" has no language with it.
      board: Pick<BoardSummary, 'title' | 'role' | 'links' | 'joinCode'> &
        Partial<Pick<BoardSummary, 'language'>>
    }
  | { state: 'problem'; message: string }

/** A board page: find out my role, join if I am new, then open the live board. */
export function BoardPage({ boardId, boardKey }: { boardId: string; boardKey: string | null }) {
  const key = boardKey ?? rememberedBoards().find((b) => b.id === boardId)?.key ?? null
  const [info, setInfo] = useState<BoardInfo>({ state: 'loading' })
  const [identity, setIdentity] = useState<JoinedBoard | null>(() => savedIdentity(boardId))
  const onRefused = useCallback(
    (code: number) => {
      if (code !== CloseCode.Unauthorized || !key) return false
      // This browser is making a new link for itself: the new link's page takes over.
      if (isReplacingOwnLink(boardId, key)) return true
      if (!identity) return false
      // 4401 is the link (the facilitator made a new one) or my token. Ask which:
      // a replaced link keeps who I am for the new link; a token this board no
      // longer knows means joining again rather than staying stuck.
      getBoard(boardId, key).then(
        () => {
          forgetIdentity(boardId)
          setIdentity(null)
        },
        (error: unknown) => setInfo({ state: 'problem', message: problemMessage(error) }),
      )
      return true
    },
    [boardId, key, identity],
  )

  // The board's script downloads while the person reads the join screen.
  useEffect(() => {
    void loadConnectedBoard()
  }, [])

  useEffect(() => {
    if (!key) {
      setInfo({ state: 'problem', message: text.status.wrongKey })
      return
    }
    let cancelled = false
    getBoard(boardId, key).then(
      (board) => {
        if (cancelled) return
        // "Your boards" keeps the key; someone who still has to join says first whether this device is theirs.
        if (board.role === Role.Viewer || (savedIdentity(boardId) && !joinedOnSharedDevice(boardId)))
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
          setInfo({ state: 'problem', message: problemMessage(error) })
        }
      },
    )
    return () => {
      cancelled = true
    }
  }, [boardId, key])

  if (info.state === 'problem') return <Problem message={info.message} />
  if (info.state === 'loading' || !key) return <Loading message={text.board.loading} />
  const { board } = info
  if (board.role !== Role.Viewer && !identity) {
    const joined = (joinedIdentity: JoinedBoard, device: DeviceKind) => {
      // On a shared computer the next person must not find this board (and its key) in "Your boards".
      if (device === 'own') rememberBoard({ id: boardId, title: board.title, role: board.role, key })
      else forgetBoard(boardId)
      setIdentity(joinedIdentity)
    }
    return (
      <JoinScreen boardId={boardId} boardKey={key} title={board.title} role={board.role} onJoined={joined} />
    )
  }
  return (
    <Suspense fallback={<Loading message={text.board.loading} />}>
      <LazyConnectedBoard
        boardId={boardId}
        boardKey={key}
        board={board}
        identity={board.role === Role.Viewer ? null : identity}
        onRefused={onRefused}
      />
    </Suspense>
  )
}
