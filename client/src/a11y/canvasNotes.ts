import type { Editor, TLShape, TLShapeId } from 'tldraw'
import { noteShapeTypes, plainTextOf } from '@wesee/shared'
import { boardOutline } from '../listView/boardOutline.ts'

export function isNoteShape(shape: TLShape | undefined): boolean {
  return shape !== undefined && noteShapeTypes.has(shape.type)
}

/** The notes of a frame in reading order, as the list view and the board in words have them. */
export function notesInFrame(editor: Editor, frameId: TLShapeId): TLShapeId[] {
  return (
    boardOutline(editor)
      .frames.find((frame) => frame.id === frameId)
      ?.notes.map((note) => note.id) ?? []
  )
}

/** The frame a shape sits in, or null when it sits on the page. */
export function frameOf(editor: Editor, shape: TLShape): TLShape | null {
  const parent = editor.getShape(shape.parentId as TLShapeId)
  return parent?.type === 'frame' ? parent : null
}

/** True when a sticky note has no words (picture notes always have their picture). */
export function isEmptyNote(editor: Editor, id: TLShapeId): boolean {
  const shape = editor.getShape(id)
  if (!shape || shape.type !== 'note') return false
  return plainTextOf((shape.props as { richText?: unknown }).richText).trim() === ''
}
