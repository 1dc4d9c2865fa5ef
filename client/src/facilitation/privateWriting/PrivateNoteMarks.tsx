import { useEditor, useValue } from 'tldraw'
import { text } from '../../text.ts'
import type { PrivateNoteRouter } from './PrivateNoteRouter.ts'
import { Icon } from '../../icons/Icon.tsx'

interface Mark {
  id: string
  left: number
  top: number
  width: number
  height: number
}

/**
 * Marks each of my private notes on my own canvas: a dashed outline and the
 * words "Only you can see this" above it (words and a lock, not colour
 * alone). Drawn in screen space so the words stay readable at any zoom.
 * Lives inside <Tldraw> so it can follow the camera.
 */
export function PrivateNoteMarks({ router }: { router: PrivateNoteRouter }) {
  const editor = useEditor()
  const marks = useValue(
    'private note marks',
    () => {
      const ids = router.$ids.get()
      const zoom = editor.getZoomLevel()
      const found: Mark[] = []
      for (const shape of editor.getCurrentPageShapes()) {
        if (!ids.has(shape.id)) continue
        const bounds = editor.getShapePageBounds(shape)
        if (!bounds) continue
        const corner = editor.pageToViewport({ x: bounds.minX, y: bounds.minY })
        found.push({
          id: shape.id,
          left: corner.x,
          top: corner.y,
          width: bounds.w * zoom,
          height: bounds.h * zoom,
        })
      }
      return found
    },
    [editor, router],
  )
  if (marks.length === 0) return null
  return (
    <div className="private-marks" aria-hidden="true" data-testid="private-note-marks">
      {marks.map((mark) => (
        <div
          key={mark.id}
          className="private-mark"
          data-shape-id={mark.id}
          style={{ left: mark.left, top: mark.top, width: mark.width, height: mark.height }}
        >
          <span className="private-mark-label">
            <Icon name="lock" /> {text.privateWriting.onlyYou}
          </span>
        </div>
      ))}
    </div>
  )
}
