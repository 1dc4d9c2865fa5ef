import { useEffect, useRef, type ReactNode } from 'react'
import { setPhoneViewOn } from './readableZoom.ts'
import { text } from '../text.ts'
import './layout.css'

/**
 * The board page's one layout: four regions in a CSS grid, so they push
 * each other instead of floating on top of each other.
 * - top: where we are (connection, pause, timer, stage, step and prompt);
 * - side: the vote and private writing panels (a column on a wide screen,
 *   a row under the top on a phone);
 * - board: the canvas or the list, and nothing of ours over it but the
 *   Vote buttons on notes and, while one is open, a sheet;
 * - bottom: the actions.
 * The board row never gets less than a third of the screen's height; the
 * other regions scroll inside themselves when their contents are taller.
 *
 * The board region's place on the screen is kept in CSS variables for
 * sheets, which open over the board and only over it: `--board-top`,
 * `--board-width`, `--board-height`, and how far the board is from the
 * screen's start and end edges (`--board-start`, `--board-end`: left and
 * right, or right and left when the page reads right to left, so a sheet
 * placed with inset-inline-* mirrors with the grid).
 */
const boardVariables = ['--board-top', '--board-start', '--board-end', '--board-width', '--board-height']

export function BoardLayout({
  top,
  side,
  board,
  bottom,
  phoneView,
}: {
  top: ReactNode
  side: ReactNode
  board: ReactNode
  bottom: ReactNode
  phoneView: boolean
}) {
  const boardRegion = useRef<HTMLDivElement>(null)
  useEffect(() => {
    setPhoneViewOn(phoneView)
    return () => setPhoneViewOn(false)
  }, [phoneView])
  useEffect(() => {
    const region = boardRegion.current
    if (!region) return
    const root = document.documentElement.style
    const measure = () => {
      const box = region.getBoundingClientRect()
      const fromLeft = box.left
      const fromRight = document.documentElement.clientWidth - box.right
      const rightToLeft = getComputedStyle(region).direction === 'rtl'
      root.setProperty('--board-top', `${box.top}px`)
      root.setProperty('--board-start', `${rightToLeft ? fromRight : fromLeft}px`)
      root.setProperty('--board-end', `${rightToLeft ? fromLeft : fromRight}px`)
      root.setProperty('--board-width', `${box.width}px`)
      root.setProperty('--board-height', `${box.height}px`)
    }
    measure()
    // The other regions grow and shrink (a wrapped prompt, a vote panel), and move the board.
    const observer = new ResizeObserver(measure)
    observer.observe(region)
    for (const sibling of region.parentElement?.children ?? []) observer.observe(sibling)
    window.addEventListener('resize', measure)
    // Choosing a language that reads the other way mirrors the grid without resizing anything.
    const directionWatch = new MutationObserver(measure)
    directionWatch.observe(document.documentElement, { attributes: true, attributeFilter: ['dir'] })
    return () => {
      observer.disconnect()
      directionWatch.disconnect()
      window.removeEventListener('resize', measure)
      for (const name of boardVariables) root.removeProperty(name)
    }
  }, [])
  return (
    <div className={phoneView ? 'board-layout phone-view' : 'board-layout'} data-testid="board-layout">
      {/* The top and side regions may scroll (big text on a small phone), so they take focus to scroll by keyboard. */}
      <div
        className="region-top"
        id="wesee-controls"
        data-region="top"
        role="region"
        aria-label={text.layout.topLabel}
        tabIndex={0}
      >
        {top}
      </div>
      <div
        className="region-side"
        data-region="side"
        role="region"
        aria-label={text.layout.sideLabel}
        tabIndex={0}
      >
        {side}
      </div>
      <div className="region-board" data-region="board" ref={boardRegion}>
        {board}
      </div>
      <div className="region-bottom" data-region="bottom">
        {bottom}
      </div>
    </div>
  )
}
