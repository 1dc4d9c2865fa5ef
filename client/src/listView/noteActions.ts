import { toRichText, type Editor, type TLShape, type TLShapeId } from 'tldraw'
import { freeSpotInFrame } from './boardOutline.ts'

/** Adds a note with these words to a frame, in a free place, as this person. */
export function addNoteToFrame(
  editor: Editor,
  frameId: TLShapeId,
  words: string,
  authorId: string | null,
): void {
  const { x, y } = freeSpotInFrame(editor, frameId)
  editor.createShape({
    type: 'note',
    parentId: frameId,
    x,
    y,
    props: { richText: toRichText(words) },
    meta: authorId ? { authorId } : {},
  })
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
