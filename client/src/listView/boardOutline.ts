import type { Editor, TLImageAsset, TLShape } from 'tldraw'
import { isNoteShape, shapeText, type ShapeLike } from '@wesee/shared'

/** One note as the list shows it. */
export interface OutlineNote {
  id: TLShape['id']
  text: string
  /** Spoken names of pictures on the note (picture notes). */
  pictureNames: string[]
  authorId: string | null
  anonymous: boolean
}

/** A frame (one step of a stage) with its notes. */
export interface OutlineFrame {
  id: TLShape['id']
  title: string
  prompt: string | null
  /** Pictures placed in the frame, by their spoken names. */
  pictureNames: string[]
  notes: OutlineNote[]
}

export interface BoardOutline {
  frames: OutlineFrame[]
  /** Notes that are not in any frame. */
  looseNotes: OutlineNote[]
}

/** The words on a shape, read the same way as the summary (`shapeText` in shared). */
function wordsOn(shape: TLShape): string {
  return shapeText(shape as unknown as ShapeLike)
}

function pictureName(editor: Editor, shape: TLShape): string | null {
  if (shape.type === 'image') {
    const assetId = (shape.props as { assetId?: TLImageAsset['id'] | null }).assetId
    const asset = assetId ? (editor.getAsset(assetId) as TLImageAsset | undefined) : undefined
    const alt = (shape.props as { altText?: string }).altText || asset?.props.name
    return alt ? alt : null
  }
  return null
}

/** A note as the list shows it (exported so tests can compare it with the summary). */
export function toNote(shape: TLShape): OutlineNote {
  const meta = shape.meta as { authorId?: unknown; anonymous?: unknown }
  const picture = (shape.props as { pictureName?: unknown; picture?: { name?: unknown } }).picture
  const pictureNames: string[] = []
  if (picture && typeof picture.name === 'string') pictureNames.push(picture.name)
  return {
    id: shape.id,
    text: wordsOn(shape),
    pictureNames,
    authorId: typeof meta.authorId === 'string' ? meta.authorId : null,
    anonymous: meta.anonymous === true,
  }
}

/** Reading order: top to bottom in rows, then left to right. */
function byReadingOrder(a: TLShape, b: TLShape): number {
  const rowA = Math.round(a.y / 150)
  const rowB = Math.round(b.y / 150)
  return rowA - rowB || a.x - b.x
}

/** A frame's prompt: the text a template puts under its title (`shape:prompt-…`). */
function isPromptShape(shape: TLShape): boolean {
  return shape.type === 'text' && shape.id.startsWith('shape:prompt-')
}

/** The words of a frame's prompt, or null when it has none. */
export function framePromptWords(editor: Editor, frameId: TLShape['id']): string | null {
  const prompt = editor
    .getSortedChildIdsForParent(frameId)
    .map((id) => editor.getShape(id))
    .find((shape): shape is TLShape => shape !== undefined && isPromptShape(shape))
  return prompt ? wordsOn(prompt) : null
}

/**
 * The board as a document: every frame in stage order (left to right) with
 * its prompt, pictures and notes. The list view and read-aloud use it.
 */
export function boardOutline(editor: Editor): BoardOutline {
  const shapes = editor.getCurrentPageShapes()
  const frames = shapes.filter((shape) => shape.type === 'frame').sort((a, b) => a.x - b.x || a.y - b.y)
  const frameIds = new Set(frames.map((frame) => frame.id))
  const outline: BoardOutline = { frames: [], looseNotes: [] }
  for (const frame of frames) {
    const children = shapes.filter((shape) => shape.parentId === frame.id)
    const prompt = children.find(isPromptShape)
    outline.frames.push({
      id: frame.id,
      title: (frame.props as { name?: string }).name || 'Untitled area',
      prompt: prompt ? wordsOn(prompt) : null,
      pictureNames: children
        .map((shape) => pictureName(editor, shape))
        .filter((name): name is string => !!name),
      notes: children
        .filter((shape) => isNoteShape(shape))
        .sort(byReadingOrder)
        .map(toNote),
    })
  }
  outline.looseNotes = shapes
    .filter((shape) => isNoteShape(shape) && !frameIds.has(shape.parentId as TLShape['id']))
    .sort(byReadingOrder)
    .map(toNote)
  return outline
}
