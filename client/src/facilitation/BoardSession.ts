import { createContext, useContext } from 'react'
import type {
  BoardLanguage,
  SharedBoardLinks,
  ControlSnapshot,
  ParticipantProfile,
  Role,
} from '@wesee/shared'

/** What every panel on a board needs to know: who I am and the session state. */
export interface BoardSession {
  boardId: string
  boardKey: string
  role: Role
  title: string
  /**
   * The board's language, as it was when the board opened (English when opened offline): where
   * the group is (the stage bar, a step's guidance) reads in it, as the step's prompt does.
   */
  language: BoardLanguage
  /** My participant token, when I have joined (facilitators and participants). */
  token: string | null
  participantId: string | null
  control: ControlSnapshot | null
  me: ParticipantProfile | null
  /** Facilitator only: the links and code to invite people. */
  links: SharedBoardLinks | null
  joinCode: string | null
  /** Facilitator only: show a link just made in place of the old one ("Make a new link"). */
  replaceLink: (role: keyof SharedBoardLinks, link: string) => void
}

export const BoardSessionContext = createContext<BoardSession | null>(null)

export function useBoardSession(): BoardSession {
  const session = useContext(BoardSessionContext)
  if (!session) throw new Error('useBoardSession must be used inside a board')
  return session
}
