import { useEffect, useState } from 'react'
import type { BoardSummary } from '@wesee/shared'
import { getBoard } from '../api/apiClient.ts'
import { Loading, Problem } from '../board/PageStates.tsx'
import { problemMessage } from '../board/problemMessage.ts'
import { text } from '../text.ts'
import { ProjectorScreen } from './ProjectorScreen.tsx'

type Found =
  { state: 'loading' } | { state: 'ready'; board: BoardSummary } | { state: 'problem'; message: string }

/**
 * `/b/<id>/projector#key=…`: the board for a screen in the room. Any key
 * opens it (the invite panel gives the viewer key); nobody joins, nothing
 * can be edited from here.
 */
export function ProjectorPage({ boardId, boardKey }: { boardId: string; boardKey: string | null }) {
  const [found, setFound] = useState<Found>({ state: 'loading' })

  useEffect(() => {
    if (!boardKey) {
      setFound({ state: 'problem', message: text.status.wrongKey })
      return
    }
    let cancelled = false
    getBoard(boardId, boardKey).then(
      (board) => {
        if (cancelled) return
        document.title = `${board.title} · ${text.projector.label} · ${text.appName}`
        setFound({ state: 'ready', board })
      },
      (error: unknown) => {
        if (cancelled) return
        setFound({ state: 'problem', message: problemMessage(error) })
      },
    )
    return () => {
      cancelled = true
    }
  }, [boardId, boardKey])

  if (found.state === 'problem') return <Problem message={found.message} />
  if (found.state === 'loading' || !boardKey) return <Loading message={text.board.loading} />
  return <ProjectorScreen boardId={boardId} boardKey={boardKey} board={found.board} />
}
