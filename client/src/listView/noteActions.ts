import { createShapeId, toRichText, type Editor, type TLShape, type TLShapeId } from 'tldraw'
import { freeSpotInFrame } from '../board/placeNewShape.ts'

/** Adds a note with these words to a frame, in a free place, as this person. Returns its id. */
export function addNoteToFrame(
  editor: Editor,
  frameId: TLShapeId,
  words: string,
  authorId: string | null,
): TLShapeId {
  const { x, y } = freeSpotInFrame(editor, frameId)
  const id = createShapeId()
  editor.createShape({
    id,
    type: 'note',
    parentId: frameId,
    x,
    y,
    props: { richText: toRichText(words) },
    meta: authorId ? { authorId } : {},
  })
  return id
}

/** Changes the words on a note (rich text or plain text props, whichever the shape has). */
export function changeNoteWords(editor: Editor, shapeId: TLShapeId, words: string): void {
  const shape = editor.getShape(shapeId)
  if (!shape) return
  const props = shape.props as Record<string, unknown>
  const next: Record<string, unknown> = {}
  if ('richText' in props) next.richText = toRichText(words)
  else if ('text' in props) next.text = words
  else return
  editor.updateShape({ id: shape.id, type: shape.type, props: next } as Partial<TLShape> &
    Pick<TLShape, 'id' | 'type'>)
}
