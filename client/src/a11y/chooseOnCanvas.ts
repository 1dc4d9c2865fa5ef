import type { Editor, TLShapeId } from 'tldraw'

/**
 * Chooses a shape on the canvas the way a click would, brings it into view,
 * and puts keyboard focus on the canvas, so the board's keys (Enter to
 * change it, Alt + V to vote, Tab to the next note) work on it next.
 */
export function chooseOnCanvas(editor: Editor, id: TLShapeId): void {
  if (!editor.getShape(id)) return
  editor.setCurrentTool('select')
  editor.setSelectedShapes([id])
  editor.zoomToSelectionIfOffscreen(64, { animation: { duration: editor.options.animationMediumMs } })
  editor.focus()
  editor.getContainer().focus()
}
