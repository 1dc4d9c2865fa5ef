import type { BoardLanguage } from './i18n/boardLanguage.ts'
import type { Role } from './roles.ts'

/** The three secret keys of a board, one per role. */
export interface BoardKeys {
  facilitator: string
  participant: string
  viewer: string
}

/** Links that open the board in each role (the key travels in the fragment). */
export type BoardLinks = BoardKeys

/**
 * The keys and links a facilitator can see again later: the participant and
 * viewer ones. The facilitator key is stored only as a hash, so the server
 * shows it once, when the board is made (or a new one is made).
 */
export type SharedBoardKeys = Pick<BoardKeys, 'participant' | 'viewer'>
export type SharedBoardLinks = SharedBoardKeys

/** Response of `POST /api/boards/:id/keys/:role` (201): a board's new key for that role; the old one stops working. */
export interface NewBoardKey {
  role: 'facilitator' | 'participant' | 'viewer'
  key: string
  link: string
}

/** Body of `POST /api/boards`. */
export interface CreateBoardRequest {
  title: string
  template?: string
}

/** Response of `POST /api/boards` (201) and `POST /api/boards/import`. */
export interface CreatedBoard {
  id: string
  title: string
  keys: BoardKeys
  joinCode: string
  links: BoardLinks
}

/** Response of `GET /api/boards/:id`. */
export interface BoardSummary {
  id: string
  title: string
  template: string
  createdAt: string
  archived: boolean
  /** When anything last happened on the board (made, joined, left, a version saved), ISO time. */
  lastActivityAt?: string
  /** The role of the key used to ask. */
  role: Role
  /** The board's own language (any key may read it: the projector and exports follow it). */
  language: BoardLanguage
  /** The projector's second language for the step's prompt, or null. */
  secondLanguage: BoardLanguage | null
  /** Only for the facilitator: what the invite panel shows (never the facilitator key: see SharedBoardKeys). */
  joinCode?: string
  keys?: SharedBoardKeys
  links?: SharedBoardLinks
}

/** Builds the link that opens a board in a role; the key rides in the fragment. */
export function boardLink(origin: string, boardId: string, key: string): string {
  return `${origin}/b/${boardId}#key=${key}`
}

/** Builds the link of a board's projector view (viewer key). */
export function projectorLink(origin: string, boardId: string, key: string): string {
  return `${origin}/b/${boardId}/projector#key=${key}`
}

/** Response of `POST /api/boards/:id/participants` (201). Keep the token secret. */
export interface JoinedBoard {
  participantId: string
  token: string
}

/** Response of `GET /api/join/:code`. */
export interface JoinCodeTarget {
  boardId: string
  title: string
  /** The participant link (carries the participant key). */
  link: string
}
