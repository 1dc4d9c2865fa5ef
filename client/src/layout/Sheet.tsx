import { useEffect, useId, useRef, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { text } from '../text.ts'

/**
 * A side sheet: opens over the board (never over the top or bottom regions,
 * so the stage, the prompt and the main actions stay in reach), only while
 * it is in use, and always has a visible "Close". Escape closes it too.
 * Focus moves into it when it opens and back to what opened it when it
 * closes.
 *
 * Where it lies comes from the board region's size (`--board-*`, set by
 * `BoardLayout`); on a page without a board it takes the whole window.
 */
export function Sheet({
  title,
  onClose,
  children,
  testId,
  id,
}: {
  title: string
  onClose: () => void
  children: ReactNode
  testId?: string
  id?: string
}) {
  const headingId = useId()
  const ref = useRef<HTMLElement>(null)
  const closeRef = useRef(onClose)
  useEffect(() => {
    closeRef.current = onClose
  }, [onClose])
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null
    ref.current?.focus()
    return () => {
      // Back to the button that opened the sheet, if it is still there.
      if (opener?.isConnected) opener.focus()
    }
  }, [])
  return createPortal(
    <section
      ref={ref}
      id={id}
      className="sheet"
      role="dialog"
      aria-modal="false"
      aria-labelledby={headingId}
      tabIndex={-1}
      data-testid={testId}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        event.stopPropagation()
        closeRef.current()
      }}
    >
      <div className="sheet-header">
        <h2 id={headingId} className="sheet-title">
          {title}
        </h2>
        <button type="button" className="button sheet-close" onClick={onClose}>
          {text.layout.close}
        </button>
      </div>
      <div className="sheet-body">{children}</div>
    </section>,
    // Inside the page's <main>, so its key handling (keys kept from the canvas) applies.
    document.getElementById('main') ?? document.body,
  )
}
