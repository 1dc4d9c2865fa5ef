import type * as Y from 'yjs'
import { findAvatar } from './avatars.ts'

/**
 * The control doc (`<boardId>/control`) holds what everyone may see about
 * how the session is run. Only the server writes it. Layout:
 * - `doc.getMap('state')`: one JSON value per section (`joining`, `lock`, and
 *   sections later features add), replaced whole when it changes;
 * - `doc.getMap('participants')`: participant id → ParticipantProfile.
 * Tokens and secret ballots never go here.
 */
export const controlStateMapName = 'state'
export const participantsMapName = 'participants'

export interface JoiningState {
  open: boolean
}

export interface LockState {
  locked: boolean
  /** When it last changed, so clients can announce it. */
  changedAt: number
}

/** A person taking part, as everyone sees them. */
export interface ParticipantProfile {
  id: string
  /** Null when they joined without their name. */
  name: string | null
  /** An avatar id (see avatars.ts). */
  avatar: string
  anonymous: boolean
  /** "Credit me by name in summaries". */
  credit: boolean
  colour: string
  isFacilitator: boolean
  joinedAt: number
  lastSeenAt: number
  present: boolean
}

/** Known sections of the state map and their types. Later features add theirs. */
export interface ControlSections {
  joining: JoiningState
  lock: LockState
}

/** A plain snapshot of the control doc. */
export interface ControlSnapshot {
  joining: JoiningState
  lock: LockState
  participants: ParticipantProfile[]
  /** Sections added by later features, as they are in the doc. */
  [section: string]: unknown
}

export const initialControlSections: ControlSections = {
  joining: { open: true },
  lock: { locked: false, changedAt: 0 },
}

/** Reads a snapshot of a control doc (server and client use the same reader). */
export function readControlSnapshot(doc: Y.Doc): ControlSnapshot {
  const state = doc.getMap<unknown>(controlStateMapName).toJSON() as Record<string, unknown>
  const participants = Object.values(
    doc.getMap<ParticipantProfile>(participantsMapName).toJSON() as Record<string, ParticipantProfile>,
  ).sort((a, b) => a.joinedAt - b.joinedAt)
  return {
    ...state,
    joining: (state.joining as JoiningState | undefined) ?? initialControlSections.joining,
    lock: (state.lock as LockState | undefined) ?? initialControlSections.lock,
    participants,
  }
}

/** How a person is shown to others: their name, or a neutral label with their picture's name. */
export function displayName(profile: Pick<ParticipantProfile, 'name' | 'anonymous' | 'avatar'>): string {
  if (!profile.anonymous && profile.name) return profile.name
  return `Someone (${findAvatar(profile.avatar)?.name ?? 'a picture'})`
}
