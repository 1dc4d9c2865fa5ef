import type { Role } from './roles.ts'

/** The three secret keys of a board, one per role. */
export interface BoardKeys {
  facilitator: string
  participant: string
  viewer: string
}

/** Links that open the board in each role (the key travels in the fragment). */
export type BoardLinks = BoardKeys

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
  /** Only for the facilitator: what the invite panel shows. */
  joinCode?: string
  keys?: BoardKeys
  links?: BoardLinks
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
