import { pictureNoteShapeType } from '../shapes/pictureNote.ts'

/**
 * The one place that says what a shape is for "who may change what": the
 * server's ownership rule and the client both ask here. Reads plain JSON and
 * never throws, so it works on any record a doc holds.
 */

/** The parts of a record these checks read. */
export interface OwnedRecordLike {
  id: string
  typeName: string
  type?: string
  isLocked?: boolean
  meta?: Record<string, unknown>
}

/** Shape types that are "a note or a picture": anyone may move them, only their author changes them. */
export const noteAndPictureShapeTypes: readonly string[] = ['note', pictureNoteShapeType, 'image']

/** True for a sticky note, a picture note or a picture (image) someone put on the board. */
export function isNoteOrPicture(record: OwnedRecordLike): boolean {
  return record.typeName === 'shape' && noteAndPictureShapeTypes.includes(record.type ?? '')
}

/** Who made a shape or asset (`meta.authorId`). The server sets it from the connection, never from the wire. */
export function authorOf(record: OwnedRecordLike): string | null {
  const id = record.meta?.authorId
  return typeof id === 'string' && id !== '' ? id : null
}

/**
 * How a shape stands:
 * - `fixed`: only the facilitator changes, moves or deletes it — locked
 *   shapes (tldraw's lock is the facilitator's "fixed"), the template's frames,
 *   prompts and pictures, and anything else with no author that is not a note;
 * - `owned`: its author changes or deletes it; anyone may move it if it is a
 *   note or picture;
 * - `group`: a note or picture with no author (welcome cards, a template's
 *   starter notes): anyone may move it, only the facilitator changes it.
 */
export type ShapeStanding = { kind: 'fixed' } | { kind: 'owned'; authorId: string } | { kind: 'group' }

export function standingOf(record: OwnedRecordLike): ShapeStanding {
  if (record.isLocked === true) return { kind: 'fixed' }
  const authorId = authorOf(record)
  if (authorId) return { kind: 'owned', authorId }
  if (isNoteOrPicture(record)) return { kind: 'group' }
  return { kind: 'fixed' }
}

/**
 * The fields a "move" may change: where a shape is (x, y, rotation), which
 * frame or group holds it (parentId) and its order among its siblings
 * (index). Dragging a note into a cluster changes exactly these.
 */
export const moveFields = ['x', 'y', 'rotation', 'parentId', 'index'] as const
