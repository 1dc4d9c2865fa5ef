import type { Editor, TLShapeId } from 'tldraw'
import { isNoteShape, shapeCreatedAt, shapePictureNames, shapeText } from '@wesee/shared'

/** One of my private notes, as the writing sheet shows it. */
export interface MyPrivateNote {
  id: TLShapeId
  words: string
  pictureNames: string[]
  /** The frame it is in, by name, or null when it is loose on the page. */
  frameName: string | null
  frameId: string | null
}

/**
 * My private notes (the ids the router keeps in my private doc), oldest
 * first, as the canvas holds them now. Call inside a tldraw reactor
 * (`useValue`) so the list follows every edit, here or in my other tabs.
 */
export function myPrivateNotes(editor: Editor, privateIds: ReadonlySet<string>): MyPrivateNote[] {
  const notes: Array<MyPrivateNote & { createdAt: number }> = []
  for (const id of privateIds) {
    const shape = editor.getShape(id as TLShapeId)
    if (!shape || !isNoteShape(shape)) continue
    const parent = editor.getShape(shape.parentId as TLShapeId)
    const inFrame = parent?.type === 'frame'
    notes.push({
      id: shape.id,
      words: shapeText(shape),
      pictureNames: shapePictureNames(shape),
      frameId: inFrame ? parent.id : null,
      frameName: inFrame ? ((parent.props as { name?: string }).name ?? null) : null,
      createdAt: shapeCreatedAt(shape) ?? Number.MAX_SAFE_INTEGER,
    })
  }
  notes.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
  return notes.map(({ createdAt: _createdAt, ...note }) => note)
}
