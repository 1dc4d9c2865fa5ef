import { createShapeId, toRichText, type Editor, type TLShapeId } from 'tldraw'
import { addNoteToFrame } from '../listView/noteActions.ts'
import { text } from '../text.ts'

/**
 * Adds an empty note where the group is working — the current step's frame
 * when there is one, else the frame in the middle of the view, else the
 * middle of the view — then selects it and starts typing, so a keyboard or
 * easy-mode user never has to aim with a pointer.
 */
export function addNoteHere(editor: Editor, stepFrameId: string | null, authorId: string | null): TLShapeId {
  const center = editor.getViewportPageBounds().center
  const stepFrame = stepFrameId ? editor.getShape(stepFrameId as TLShapeId) : undefined
  const frameInView = editor
    .getShapesAtPoint(center, { hitInside: true })
    .find((shape) => shape.type === 'frame')
  const frame = stepFrame ?? frameInView
  let id: TLShapeId
  if (frame) {
    id = addNoteToFrame(editor, frame.id, '', authorId)
  } else {
    id = createShapeId()
    editor.createShape({
      id,
      type: 'note',
      x: center.x - 100,
      y: center.y - 100,
      props: { richText: toRichText('') },
      meta: authorId ? { authorId } : {},
    })
  }
  editor.select(id)
  editor.zoomToSelectionIfOffscreen(64)
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
