import type { Editor, TLShapeId } from 'tldraw'
import { text } from '../../text.ts'

/**
 * The words on a note as people read them now, or `fallback` (the words
 * the server counted) when the note has gone.
 */
export function noteWords(editor: Editor | null, shapeId: string, fallback = ''): string {
  const shape = editor?.getShape(shapeId as TLShapeId)
  let words = ''
  if (editor && shape) {
    words = editor.getShapeUtil(shape).getText(shape)?.trim() ?? ''
    const props = shape.props as { text?: unknown; picture?: { name?: unknown } }
    if (!words && typeof props.text === 'string') words = props.text.trim()
    if (!words && typeof props.picture?.name === 'string') words = props.picture.name
  }
  return (words || fallback).replace(/\s+/g, ' ').trim() || text.voting.untitledNote
}
