import type { Editor, TLImageAsset, TLRichText, TLShape } from 'tldraw'

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

const noteTypes = new Set(['note', 'picture-note'])

/** Collects the words of a rich text tree (its `text` leaves). */
export function plainText(richText: unknown): string {
  const lines: string[] = []
  const walk = (node: unknown, line: string[]): void => {
    if (typeof node !== 'object' || node === null) return
    const { text, content, type } = node as { text?: unknown; content?: unknown; type?: unknown }
    if (typeof text === 'string') line.push(text)
    if (Array.isArray(content)) {
      if (type === 'doc') {
        for (const block of content) {
          const blockLine: string[] = []
          walk(block, blockLine)
          lines.push(blockLine.join(''))
        }
      } else {
        for (const child of content) walk(child, line)
      }
    }
  }
  const top: string[] = []
  walk(richText as TLRichText, top)
  if (top.length > 0) lines.push(top.join(''))
  return lines.join('\n').trim()
}

function shapeText(shape: TLShape): string {
  const props = shape.props as { richText?: unknown; text?: unknown }
  if (props.richText !== undefined) return plainText(props.richText)
  return typeof props.text === 'string' ? props.text : ''
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

function toNote(shape: TLShape): OutlineNote {
  const meta = shape.meta as { authorId?: unknown; anonymous?: unknown }
  const picture = (shape.props as { pictureName?: unknown; picture?: { name?: unknown } }).picture
  const pictureNames: string[] = []
  if (picture && typeof picture.name === 'string') pictureNames.push(picture.name)
  return {
    id: shape.id,
    text: shapeText(shape),
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
    const prompt = children.find((shape) => shape.type === 'text' && shape.id.startsWith('shape:prompt-'))
    outline.frames.push({
      id: frame.id,
      title: (frame.props as { name?: string }).name || 'Untitled area',
      prompt: prompt ? shapeText(prompt) : null,
      pictureNames: children
        .map((shape) => pictureName(editor, shape))
        .filter((name): name is string => !!name),
      notes: children
        .filter((shape) => noteTypes.has(shape.type))
        .sort(byReadingOrder)
        .map(toNote),
    })
  }
  outline.looseNotes = shapes
    .filter((shape) => noteTypes.has(shape.type) && !frameIds.has(shape.parentId as TLShape['id']))
    .sort(byReadingOrder)
    .map(toNote)
  return outline
}
