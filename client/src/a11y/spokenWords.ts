import type { Editor, TLFrameShape, TLImageShape, TLShape } from 'tldraw'
import { pictureNoteShapeType, pictureNoteWords, type PictureNoteShape } from '@wesee/shared'
import { text } from '../text.ts'

/**
 * What "Read aloud" says for a shape: a note's words, a picture note's
 * picture and words, a picture's spoken name, a frame's title and prompt.
 * Empty when a shape has nothing to say (a drawing, an arrow with no label).
 */
export function spokenWordsOfShape(editor: Editor, shape: TLShape): string {
  if (shape.type === pictureNoteShapeType) return pictureNoteWords((shape as PictureNoteShape).props)
  if (shape.type === 'image') return pictureName(editor, shape as TLImageShape)
  if (shape.type === 'frame') return frameWords(editor, shape as TLFrameShape)
  return (editor.getShapeUtil(shape).getText(shape) ?? '').trim()
}

/**
 * What "Read aloud" says for the selection: each selected shape's words in
 * reading order (top to bottom, then left to right), one sentence each.
 */
export function spokenWordsOfSelection(editor: Editor): string {
  return sentences(
    inReadingOrder(editor, editor.getSelectedShapes()).map((s) => spokenWordsOfShape(editor, s)),
  )
}

function pictureName(editor: Editor, image: TLImageShape): string {
  if (image.props.altText.trim()) return image.props.altText.trim()
  // A photo someone added has no name yet (tldraw lets people give it one as alt text).
  return image.props.assetId && editor.getAsset(image.props.assetId) ? text.readAloud.unnamedPhoto : ''
}

// A stage's frame holds its picture, prompt and guidance: read those, not
// every note people have added to it (select the notes to hear them).
function frameWords(editor: Editor, frame: TLFrameShape): string {
  const furniture = editor
    .getSortedChildIdsForParent(frame.id)
    .map((id) => editor.getShape(id))
    .filter((child): child is TLShape => child?.type === 'text' || child?.type === 'image')
  return sentences([
    frame.props.name,
    ...inReadingOrder(editor, furniture).map((s) => spokenWordsOfShape(editor, s)),
  ])
}

function inReadingOrder(editor: Editor, shapes: TLShape[]): TLShape[] {
  const place = (shape: TLShape) => editor.getShapePageBounds(shape) ?? { minX: 0, minY: 0 }
  return [...shapes].sort((a, b) => place(a).minY - place(b).minY || place(a).minX - place(b).minX)
}

/** Joins pieces of speech so each ends like a sentence: a voice pauses between them. */
export function sentences(pieces: string[]): string {
  return pieces
    .map((piece) => piece.trim())
    .filter((piece) => piece.length > 0)
    .map((piece) => (/[.!?…:]$/.test(piece) ? piece : `${piece}.`))
    .join(' ')
}
