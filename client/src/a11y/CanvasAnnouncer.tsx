import { useContext, useMemo, useRef } from 'react'
import { unsafe__withoutCapture, useA11y, useEditor, useReactor, useValue } from 'tldraw'
import { BoardSessionContext } from '../facilitation/BoardSession.ts'
import { describeSelection } from './describeSelection.ts'
import { isPrivateNote } from './privateNotes.ts'

/**
 * Takes the place of tldraw's own announcer (the `A11y` component). Two
 * differences: the live region is always on the page, empty until the first
 * message (tldraw inserts it with its first message already in it, which
 * screen readers often skip); and a chosen shape is described in WeSee's
 * words (see `describeSelection`). tldraw's other messages still go through.
 */
export function CanvasAnnouncer() {
  const editor = useEditor()
  const a11y = useA11y()
  const session = useContext(BoardSessionContext)
  const participants = session?.control?.participants
  const people = useMemo(() => new Map((participants ?? []).map((p) => [p.id, p])), [participants])
  const vote = session?.control?.vote ?? null
  const context = useRef({ people, vote })
  context.current = { people, vote }

  const message = useValue('canvas message', () => a11y.currentMsg.get(), [a11y])
  // A new element for each message, so the same words twice are said twice.
  const count = useRef(0)
  const lastMessage = useRef(message)
  if (lastMessage.current !== message) {
    lastMessage.current = message
    count.current++
  }

  const previous = useRef<readonly string[]>([])
  useReactor(
    'describe the chosen shapes',
    () => {
      if (!editor.isIn('select.idle')) return
      const ids = editor.getSelectedShapeIds()
      if (ids === previous.current) return
      previous.current = ids
      unsafe__withoutCapture(() => {
        const words = describeSelection(editor, { ...context.current, isPrivate: isPrivateNote })
        if (words) a11y.announce({ msg: words, priority: 'polite' })
      })
    },
    [editor, a11y],
  )

  return (
    <div role="status" aria-live="polite" className="visually-hidden" data-testid="canvas-announcer">
      {message.msg && <p key={count.current}>{message.msg}</p>}
    </div>
  )
}
