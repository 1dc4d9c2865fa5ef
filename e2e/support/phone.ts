import type { Browser, BrowserContext, Page } from '@playwright/test'

/** Choices from My settings, as the app keeps them on the device. */
export interface PhoneSettings {
  textSize?: 'normal' | 'bigger' | 'biggest'
  easyMode?: boolean
}

/**
 * A phone in someone's hand: a touch screen (`hasTouch`, `isMobile`), 390 × 844
 * unless told otherwise, with My settings chosen before the first page opens.
 * The caller closes the context.
 */
export async function newPhone(
  browser: Browser,
  settings: PhoneSettings = { textSize: 'biggest' },
  viewport = { width: 390, height: 844 },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, hasTouch: true, isMobile: true })
  await context.addInitScript((chosen) => {
    if (!localStorage.getItem('wesee:my-settings'))
      localStorage.setItem('wesee:my-settings', JSON.stringify(chosen))
  }, settings)
  return { context, page: await context.newPage() }
}

/**
 * True when the element's whole box is inside the window and nothing (a
 * scroll box's edge, another element) covers its middle: it can be seen and
 * tapped without scrolling.
 */
export function isInWindow(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((selector) => {
    const element = document.querySelector(selector)
    if (!element) return false
    const box = element.getBoundingClientRect()
    if (box.top < 0 || box.left < 0 || box.bottom > innerHeight || box.right > innerWidth) return false
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
    if (!hit || !(hit === element || element.contains(hit))) return false
    // Clipped by a scroll box it sits in?
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      if (getComputedStyle(parent).overflowY === 'visible') continue
      const clip = parent.getBoundingClientRect()
      if (box.top < clip.top - 1 || box.bottom > clip.bottom + 1) return false
    }
    return true
  }, selector)
}

/** True when the page itself does not scroll, down or sideways. */
export function pageDoesNotScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement
    return root.scrollHeight <= innerHeight + 1 && root.scrollWidth <= innerWidth + 1
  })
}
