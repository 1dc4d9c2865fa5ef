import { createShapeId, toRichText, type Editor, type TLShapeId } from 'tldraw'
import { bringIntoSight, placeNewShape } from '../board/placeNewShape.ts'
import { text } from '../text.ts'

const noteSize = { w: 200, h: 200 }

/**
 * Adds an empty note where the group is working (see `placeNewShape`:
 * the current step's frame at a free spot under its prompt), brings it into
 * sight, selects it and starts typing, so nobody has to aim with a pointer.
 * Returns the new note's id.
 */
export function addNoteHere(editor: Editor, stepFrameId: string | null, authorId: string | null): TLShapeId {
  const place = placeNewShape(editor, noteSize, stepFrameId)
  const id = createShapeId()
  editor.markHistoryStoppingPoint('add note')
  editor.createShape({
    id,
    type: 'note',
    parentId: place.parentId,
    x: place.x,
    y: place.y,
    props: { richText: toRichText('') },
    meta: authorId ? { authorId } : {},
  })
  editor.select(id)
  bringIntoSight(editor, id)
  editor.setEditingShape(id)
  editor.setCurrentTool('select.editing_shape')
  return id
}

/** "Note added to "What do I see?". Type your words, then press Escape." */
export function noteAddedMessage(editor: Editor, id: TLShapeId): string {
  const parent = editor.getShape(editor.getShape(id)?.parentId as TLShapeId)
  const frameName = parent?.type === 'frame' ? (parent.props as { name?: string }).name : undefined
  return frameName ? text.boardWords.noteAddedTo(frameName) : text.boardWords.noteAdded
}
