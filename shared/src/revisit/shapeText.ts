import { authorOf } from '../ownership/shapeStanding.ts'
import { pictureNoteShapeType } from '../shapes/pictureNote.ts'

/**
 * Reading words and picture names out of tldraw shape records, for the
 * summary, the notes CSV and the participation record. Works on plain JSON
 * (the server has no editor), and on shapes other features add (picture
 * notes), so it reads fields by name and never throws.
 */

/** The plain text of a tldraw rich-text tree: paragraphs on their own lines. */
export function plainTextOf(richText: unknown): string {
  const lines: string[] = []
  const walk = (node: unknown, line: string[]): void => {
    if (typeof node !== 'object' || node === null) return
    const { type, text, content } = node as { type?: unknown; text?: unknown; content?: unknown }
    if (typeof text === 'string') line.push(text)
    if (type === 'hardBreak') line.push('\n')
    if (!Array.isArray(content)) return
    if (type === 'doc' || type === 'bulletList' || type === 'orderedList' || type === 'listItem') {
      for (const child of content) {
        const childLine: string[] = []
        walk(child, childLine)
        if (childLine.length > 0 || (child as { type?: unknown })?.type === 'paragraph') {
          lines.push(childLine.join(''))
        }
      }
      return
    }
    for (const child of content) walk(child, line)
  }
  const top: string[] = []
  walk(richText, top)
  if (top.length > 0) lines.push(top.join(''))
  return lines.join('\n').trim()
}

/** A shape record as read from JSON. */
export interface ShapeLike {
  id: string
  typeName: string
  type?: string
  parentId?: string
  x?: number
  y?: number
  props?: Record<string, unknown>
  meta?: Record<string, unknown>
}

/** True for a tldraw record that is a shape. */
export function isShapeRecord(record: unknown): record is ShapeLike {
  return (
    typeof record === 'object' &&
    record !== null &&
    (record as { typeName?: unknown }).typeName === 'shape' &&
    typeof (record as { id?: unknown }).id === 'string'
  )
}

/**
 * The shape types that are people's notes: tldraw sticky notes and picture
 * notes. The one list the list view, summary, votes and copies all use, so
 * they never disagree about what counts as a note.
 */
export const noteShapeTypes: ReadonlySet<string> = new Set(['note', pictureNoteShapeType])

/** True for a note: a sticky note or a picture note. */
export function isNoteShape(record: unknown): record is ShapeLike {
  return isShapeRecord(record) && typeof record.type === 'string' && noteShapeTypes.has(record.type)
}

/** The words on a shape: its rich text, or a plain `text` prop. */
export function shapeText(shape: ShapeLike): string {
  const props = shape.props ?? {}
  if (props.richText !== undefined) return plainTextOf(props.richText)
  return typeof props.text === 'string' ? props.text.trim() : ''
}

/** Names of the pictures a shape shows (an image's alt text, a picture note's picture). */
export function shapePictureNames(shape: ShapeLike): string[] {
  const props = shape.props ?? {}
  const names: unknown[] = [props.altText, props.pictureName, (props.picture as { name?: unknown })?.name]
  return names.filter((name): name is string => typeof name === 'string' && name.trim() !== '')
}

/** Who wrote a shape (`meta.authorId`), set by the server from the writer's connection (`authorOf`). */
export function shapeAuthorId(shape: ShapeLike): string | null {
  return authorOf(shape)
}

/** When a shape was made (`meta.createdAt`, ms, or `meta.sharedAt` for a shared private note), when known. */
export function shapeCreatedAt(shape: ShapeLike): number | null {
  for (const at of [shape.meta?.createdAt, shape.meta?.sharedAt]) {
    if (typeof at === 'number' && Number.isFinite(at)) return at
  }
  return null
}
