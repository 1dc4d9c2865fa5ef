import { Role, type NewBoardKey } from '@wesee/shared'
import { makeNewLink } from '../../api/apiClient.ts'
import { boardPath } from '../../app/route.ts'
import { rememberBoard, rememberedBoards } from '../../home/boardHistory.ts'
import { keepNewOwnLinkToShow, startReplacingOwnLink, stopReplacingOwnLink } from './ownLinkReplacement.ts'

export type LinkRole = NewBoardKey['role']

/**
 * Makes a new link for one role. For the facilitator's own link this browser
 * then goes on with the new key: "Your boards" remembers it instead of the
 * old one, and the board opens again with it (the server has just closed the
 * old key's connections), showing the new link once.
 */
export async function replaceLink(boardId: string, key: string, role: LinkRole): Promise<NewBoardKey> {
  if (role !== Role.Facilitator) return makeNewLink(boardId, key, role)
  startReplacingOwnLink(boardId, key)
  let made: NewBoardKey
  try {
    made = await makeNewLink(boardId, key, role)
  } catch (error) {
    stopReplacingOwnLink(boardId, key)
    throw error
  }
  // Only where it was remembered: a shared computer keeps no key in "Your boards".
  const remembered = rememberedBoards().find((board) => board.id === boardId)
  if (remembered)
    rememberBoard({ id: boardId, title: remembered.title, role: Role.Facilitator, key: made.key })
  keepNewOwnLinkToShow(boardId, made.link)
  // Replaces the address (the old key leaves the history too); the page follows the hash change.
  window.location.replace(boardPath(boardId, made.key))
  return made
}
