import { useEffect, useState } from 'react'
import { Role, type BoardStory, type ControlSnapshot } from '@wesee/shared'
import { getStory } from '../../api/apiClient.ts'
import { joinedOnSharedDevice } from '../../join/participantIdentity.ts'
import { lastHere, markHere } from './lastHere.ts'
import { storyHasNews } from './StoryView.tsx'

/** Away longer than this, and a person is told what happened while they were away. */
export const awayForMs = 60 * 60 * 1000

/**
 * Which story to ask for when a person opens the board: none; the whole
 * story for someone new while the session is under way; or what is new
 * since they were last here, for someone back after more than an hour.
 */
export function storyToAsk(
  role: Role,
  lastHereAt: number | null,
  now: number,
  underWay: boolean,
): { since: number | null } | null {
  if (role !== Role.Participant) return null
  if (lastHereAt === null) return underWay ? { since: null } : null
  return now - lastHereAt > awayForMs ? { since: lastHereAt } : null
}

/**
 * "The story so far" for a person arriving: someone new while a session is
 * under way, or someone back after more than an hour (then with what is new
 * since they were here). Null when there is nothing to tell, or once read.
 */
export function useStoryOnArrival(
  boardId: string,
  key: string,
  role: Role,
  control: ControlSnapshot | null,
): { story: BoardStory | null; dismiss: () => void } {
  // When this device was last here, read before this visit marks it.
  const [before] = useState(() => lastHere(boardId))
  const [story, setStory] = useState<BoardStory | null>(null)
  const [asked, setAsked] = useState(false)
  const underWay = control?.stage != null
  const shared = joinedOnSharedDevice(boardId)

  useEffect(() => {
    if (shared) return
    markHere(boardId)
    const timer = setInterval(() => markHere(boardId), 60_000)
    const onHide = () => markHere(boardId)
    window.addEventListener('pagehide', onHide)
    return () => {
      clearInterval(timer)
      window.removeEventListener('pagehide', onHide)
    }
  }, [boardId, shared])

  useEffect(() => {
    if (asked || !control) return
    const ask = storyToAsk(role, before, Date.now(), underWay)
    if (!ask) return
    setAsked(true)
    getStory(boardId, key, ask.since).then(
      (found) => {
        if (storyHasNews(found)) setStory(found)
      },
      // No story is no harm: the person simply starts on the board.
      () => {},
    )
  }, [asked, role, control, before, underWay, boardId, key])

  return { story, dismiss: () => setStory(null) }
}
