import { atom, react, type Editor } from 'tldraw'

/** tldraw's tools that draw or rub out: the ones the facilitator can put away. */
export const drawingToolIds: readonly string[] = ['draw', 'highlight', 'eraser']

/**
 * Whether this screen shows the drawing tools (the participant toolbar reads
 * it). tldraw reads its tool list once, when the canvas starts, so the
 * facilitator's switch is followed here rather than by changing that list.
 */
export const drawingToolsShown = atom('drawing tools shown', true)

/**
 * While the drawing tools are put away, their keys (D, Shift+D, E) lead
 * back to the pointer, as does a stroke in progress. The server refuses a
 * participant's new drawing meanwhile, so this only spares people the
 * surprise. Returns the function that stops it.
 */
export function keepDrawingToolsAway(editor: Editor): () => void {
  return react('keep the drawing tools away', () => {
    const shown = drawingToolsShown.get()
    const tool = editor.getCurrentToolId()
    if (shown || !drawingToolIds.includes(tool)) return
    // Outside the reaction: changing the tool is a change of its own.
    queueMicrotask(() => editor.setCurrentTool('select'))
  })
}
