import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { text } from '../text.ts'

/** Every open sheet hears when another one opens, so one that gives way can close. */
const sheetOpened = new Set<(sheet: symbol) => void>()

/**
 * A side sheet: opens over the board (never over the top or bottom regions,
 * so the stage, the prompt and the main actions stay in reach), only while
 * it is in use, and always has a visible "Close". Escape closes it too.
 * Focus moves into it when it opens (to the sheet itself, unless a box in
 * it took focus first) and back to what opened it when it closes. A
 * `footer` stays in view below the part that scrolls.
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
  footer,
  tall = false,
  readOnly = false,
  givesWay = false,
}: {
  title: string
  onClose: () => void
  children: ReactNode
  testId?: string
  id?: string
  footer?: ReactNode
  /**
   * Over the top and side regions too, down to the actions: for the one
   * task a person is doing now on a small screen (writing on their own),
   * where the board region alone would leave no room. What it covers is
   * made inert while it is open, so nobody can reach it unseen.
   */
  tall?: boolean
  /** Only words to read, no controls: the body takes focus itself, so it scrolls by keyboard. */
  readOnly?: boolean
  /**
   * Closes itself when another sheet opens (one the person asked for), so two
   * sheets never lie on top of each other: for a sheet that came by itself.
   */
  givesWay?: boolean
}) {
  const headingId = useId()
  const ref = useRef<HTMLElement>(null)
  const closeRef = useRef(onClose)
  useEffect(() => {
    closeRef.current = onClose
  }, [onClose])
  // Read while rendering, before anything in the sheet can take focus.
  const [opener] = useState(() => document.activeElement as HTMLElement | null)
  useEffect(() => {
    const me = Symbol('sheet')
    const onOther = (other: symbol) => {
      if (other !== me && givesWay) closeRef.current()
    }
    // Coming by itself while the person has another sheet open, it does not cover theirs.
    if (givesWay && sheetOpened.size > 0) {
      closeRef.current()
      return
    }
    for (const listener of [...sheetOpened]) listener(me)
    sheetOpened.add(onOther)
    return () => {
      sheetOpened.delete(onOther)
    }
  }, [givesWay])
  // Before the focus effect: on closing, what it covered comes back first, so focus can return there.
  useEffect(() => {
    if (!tall) return
    const covered = [...document.querySelectorAll<HTMLElement>('[data-region="top"], [data-region="side"]')]
    for (const region of covered) region.inert = true
    return () => {
      for (const region of covered) region.inert = false
    }
  }, [tall])
  useEffect(() => {
    if (!ref.current?.contains(document.activeElement)) ref.current?.focus()
    return () => {
      // Back to the button that opened the sheet, if it is still there.
      if (opener?.isConnected) opener.focus()
    }
  }, [opener])
  return createPortal(
    <section
      ref={ref}
      id={id}
      className={tall ? 'sheet sheet-tall' : 'sheet'}
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
      <div
        className="sheet-body"
        {...(readOnly ? { tabIndex: 0, role: 'region', 'aria-labelledby': headingId } : {})}
      >
        {children}
      </div>
      {footer && <div className="sheet-footer">{footer}</div>}
    </section>,
    // Inside the page's <main>, so its key handling (keys kept from the canvas) applies.
    document.getElementById('main') ?? document.body,
  )
}
