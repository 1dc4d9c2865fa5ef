import type * as Y from 'yjs'
import {
  noteShapeTypes,
  pictureNoteShapeType,
  plainTextOf,
  pictureNoteWords,
  type PictureNoteShapeProps,
  type TLRecord,
} from '@wesee/shared'
import { recordsOf } from '../../rooms/contentDoc.ts'

/** Shape types a vote can hold: the notes (`noteShapeTypes` in shared). */
export const votableShapeTypes: ReadonlySet<string> = noteShapeTypes

type ShapeRecord = Extract<TLRecord, { typeName: 'shape' }>

/** The shape with this id in a content doc, if it is a shape. */
export function shapeOf(doc: Y.Doc, id: string): ShapeRecord | undefined {
  const record = recordsOf(doc).get(id)
  return record?.typeName === 'shape' ? record : undefined
}

export function isVotable(shape: ShapeRecord | undefined): shape is ShapeRecord {
  return shape !== undefined && votableShapeTypes.has(shape.type)
}

/**
 * The notes directly inside a frame (their parent is the frame), in reading
 * order: top to bottom, then left to right.
 */
export function notesInFrame(doc: Y.Doc, frameId: string): string[] {
  const notes: ShapeRecord[] = []
  for (const { val } of recordsOf(doc).map.values()) {
    if (val.typeName === 'shape' && val.parentId === frameId && votableShapeTypes.has(val.type)) {
      notes.push(val)
    }
  }
  return notes.sort((a, b) => a.y - b.y || a.x - b.x).map((note) => note.id)
}

/** A frame's name as people see it ("What do we see now?"), or a plain fallback. */
export function frameName(doc: Y.Doc, frameId: string): string {
  const frame = shapeOf(doc, frameId)
  const name = frame?.type === 'frame' ? (frame.props as { name?: unknown }).name : undefined
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : 'The frame'
}

/** The words on a note (`plainTextOf`), its lines joined with spaces. */
export function noteText(doc: Y.Doc, shapeId: string): string {
  const shape = shapeOf(doc, shapeId)
  if (!shape) return ''
  if (shape.type === pictureNoteShapeType) {
    return pictureNoteWords(shape.props as unknown as PictureNoteShapeProps)
  }
  // The same reading as the list view and summary, on one line for a vote row.
  const props = shape.props as { richText?: unknown }
  return plainTextOf(props.richText).replace(/\s+/g, ' ').trim()
}
