import { expect, type Page } from '@playwright/test'

/** The screen sizes every page is checked at: phones, a tablet, a laptop, a big screen. */
export const layoutViewports = [
  { width: 360, height: 640 },
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const

export const textSizes = ['normal', 'bigger', 'biggest'] as const
export type TextSize = (typeof textSizes)[number]

/** Stores a text size in My settings on this device (read when the page loads). */
export async function chooseTextSize(page: Page, size: TextSize): Promise<void> {
  await page.evaluate((textSize) => {
    const key = 'wesee:my-settings'
    const stored = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, unknown>
    localStorage.setItem(key, JSON.stringify({ ...stored, textSize }))
  }, size)
}

/** Waits two frames, so a resize has reached the layout and the ResizeObservers. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  )
}

export interface LayoutProblems {
  overflow: string | null
  covered: string[]
  boardShare: number | null
}

/**
 * Checks what a person sees now:
 * - nothing runs off the side (`scrollWidth <= innerWidth`);
 * - every visible WeSee control is on top at its centre (a hit test with
 *   `elementFromPoint`), after scrolling its own region to it — tldraw's
 *   own controls are tldraw's business, and inert ones (under a modal
 *   dialog) are out of reach on purpose;
 * - how much of the screen's height the board region keeps.
 */
export function findLayoutProblems(page: Page): Promise<LayoutProblems> {
  return page.evaluate(() => {
    const describe = (el: Element) => {
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ')
      return `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ')[0] : ''} "${name.slice(0, 40)}"`
    }
    const root = document.documentElement
    const overflow =
      root.scrollWidth > window.innerWidth || document.body.scrollWidth > window.innerWidth
        ? `the page is ${Math.max(root.scrollWidth, document.body.scrollWidth)} px wide in a ${window.innerWidth} px window`
        : null
    const modal = document.querySelector('dialog[open]')
    const sheetOpen = document.querySelector('.sheet, .pictures-panel') !== null
    const board = document.querySelector('[data-region="board"]')
    const boardRect = board?.getBoundingClientRect() ?? null
    const controls = Array.from(
      document.querySelectorAll<HTMLElement>(
        'button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="button"]',
      ),
    )
    const insideClippedBox = (el: Element) => {
      for (let box = el.parentElement; box; box = box.parentElement) {
        const rect = box.getBoundingClientRect()
        if ((rect.width <= 2 || rect.height <= 2) && getComputedStyle(box).overflow === 'hidden') return true
      }
      return false
    }
    const covered: string[] = []
    for (const el of controls) {
      if (el.closest('.tl-container, [inert]')) continue
      if (modal && !modal.contains(el)) continue
      const inBoard = board?.contains(el) ?? false
      // Under an open sheet, the board's own buttons are out of reach while it is open.
      if (inBoard && sheetOpen && !el.closest('.sheet, .pictures-panel')) continue
      const style = getComputedStyle(el)
      if (style.visibility === 'hidden' || style.display === 'none') continue
      let rect = el.getBoundingClientRect()
      if (rect.width <= 2 || rect.height <= 2) continue // not drawn, or visually hidden for screen readers
      if (insideClippedBox(el)) continue // kept for screen readers in a 1 px box (the board in words)
      if (!inBoard) {
        el.scrollIntoView({ block: 'nearest', inline: 'nearest' })
        rect = el.getBoundingClientRect()
      }
      const x = rect.left + rect.width / 2
      const y = rect.top + rect.height / 2
      // A note's Vote button half out of view on the canvas: the canvas (or
      // the vote layer, which stops at tldraw's menu and toolbar) clips it,
      // nothing covers it.
      const clip = el.closest('.vote-overlay')?.getBoundingClientRect() ?? boardRect
      if (inBoard && clip && (x < clip.left || x > clip.right || y < clip.top || y > clip.bottom)) continue
      if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) {
        covered.push(`${describe(el)} is off the screen at (${Math.round(x)}, ${Math.round(y)})`)
        continue
      }
      const hit = document.elementFromPoint(x, y)
      const sameLabel = hit?.closest('label') !== null && hit?.closest('label') === el.closest('label')
      if (hit && (hit === el || el.contains(hit) || sameLabel)) continue
      covered.push(`${describe(el)} is under ${hit ? describe(hit) : 'nothing'}`)
    }
    const boardShare = boardRect ? boardRect.height / window.innerHeight : null
    return { overflow, covered, boardShare }
  })
}

/** Fails with every problem found (see `findLayoutProblems`). */
export async function expectGoodLayout(page: Page, what: string, options: { boardShare?: boolean } = {}) {
  const problems = await findLayoutProblems(page)
  expect(problems.overflow, `${what}: sideways`).toBeNull()
  expect(problems.covered, `${what}: covered controls`).toEqual([])
  const phone = page.viewportSize()!.width <= 640
  if (options.boardShare && phone) {
    expect(problems.boardShare, `${what}: the board's share of the height`).not.toBeNull()
    expect(problems.boardShare!, `${what}: the board's share of the height`).toBeGreaterThanOrEqual(1 / 3)
  }
}

/**
 * Words cut off at the edge of what holds them: WeSee's buttons whose words
 * run past their edge (a long word beside a picture at the biggest text, such
 * as Welsh "Ychwanegu"), and "Now" badges cut off by the folded step prompt
 * (a long "Show all", Welsh "Dangos y cyfan", left the badge "N"). tldraw's
 * own buttons are tldraw's; those kept for screen readers are not drawn.
 */
export function findCutOffWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cut: string[] = []
    const drawn = (element: HTMLElement) => {
      if (
        element.closest('.tl-container, [inert], .visually-hidden') ||
        element.getClientRects().length === 0
      )
        return false
      for (let box = element.parentElement; box; box = box.parentElement) {
        const rect = box.getBoundingClientRect()
        if ((rect.width <= 2 || rect.height <= 2) && getComputedStyle(box).overflow === 'hidden') return false
      }
      return getComputedStyle(element).visibility !== 'hidden' && element.clientWidth > 2
    }
    for (const button of Array.from(document.querySelectorAll<HTMLElement>('button'))) {
      if (drawn(button) && button.scrollWidth > button.clientWidth + 1)
        cut.push(`"${button.textContent?.trim()}" needs ${button.scrollWidth} px in ${button.clientWidth}`)
    }
    for (const badge of Array.from(document.querySelectorAll<HTMLElement>('.now-badge'))) {
      const title = badge.parentElement!.getBoundingClientRect()
      const box = badge.getBoundingClientRect()
      if (box.width > 0 && (box.left < title.left - 1 || box.right > title.right + 1))
        cut.push(`the "${badge.textContent}" badge is cut off by its step's title`)
    }
    return cut
  })
}
