import type { Editor, TLShapeId } from 'tldraw'

/** Where a note is on the screen, in CSS pixels from the window's top-left. */
export interface NoteBox {
  shapeId: string
  left: number
  top: number
  width: number
  height: number
}

/**
 * The screen boxes of the given notes that are on the current page and at
 * least partly in view. Read inside tldraw's `useValue`, so it follows the
 * camera and the notes as they move.
 */
export function noteBoxes(editor: Editor, shapeIds: readonly string[]): NoteBox[] {
  const view = editor.getViewportScreenBounds()
  const pageId = editor.getCurrentPageId()
  const boxes: NoteBox[] = []
  for (const shapeId of shapeIds) {
    const id = shapeId as TLShapeId
    if (!editor.getShape(id) || editor.getAncestorPageId(id) !== pageId) continue
    const bounds = editor.getShapePageBounds(id)
    if (!bounds) continue
    const topLeft = editor.pageToScreen({ x: bounds.minX, y: bounds.minY })
    const bottomRight = editor.pageToScreen({ x: bounds.maxX, y: bounds.maxY })
    const box = {
      shapeId,
      left: topLeft.x,
      top: topLeft.y,
      width: bottomRight.x - topLeft.x,
      height: bottomRight.y - topLeft.y,
    }
    const inView =
      box.left + box.width > view.x &&
      box.left < view.x + view.w &&
      box.top + box.height > view.y &&
      box.top < view.y + view.h
    if (inView) boxes.push(box)
  }
  return boxes
}
