import { expect, type Page } from '@playwright/test'

/** A rectangle in page units. */
export interface Rect {
  x: number
  y: number
  w: number
  h: number
}

/** The part of the board a person's screen shows now. */
export function viewportOf(page: Page): Promise<Rect> {
  return page.evaluate(() => {
    const { x, y, w, h } = window.editor!.getViewportPageBounds()
    return { x, y, w, h }
  })
}

/** A shape's bounds on the page, or null when it is not on the board. */
export function boundsOf(page: Page, shapeId: string): Promise<Rect | null> {
  return page.evaluate((id) => {
    const bounds = window.editor!.getShapePageBounds(id as never)
    return bounds ? { x: bounds.x, y: bounds.y, w: bounds.w, h: bounds.h } : null
  }, shapeId)
}

/** True when `outer` holds all of `inner` (a pixel of rounding allowed). */
export function contains(outer: Rect, inner: Rect): boolean {
  const slack = 1
  return (
    outer.x <= inner.x + slack &&
    outer.y <= inner.y + slack &&
    outer.x + outer.w >= inner.x + inner.w - slack &&
    outer.y + outer.h >= inner.y + inner.h - slack
  )
}

/** True when the middle of `inner` is on screen in `outer`. */
export function showsMiddleOf(outer: Rect, inner: Rect): boolean {
  const mx = inner.x + inner.w / 2
  const my = inner.y + inner.h / 2
  return mx >= outer.x && mx <= outer.x + outer.w && my >= outer.y && my <= outer.y + outer.h
}

/** Waits until the person's screen shows the whole of a frame. */
export async function expectViewShowsFrame(page: Page, frameId: string): Promise<void> {
  const frame = await boundsOf(page, frameId)
  expect(frame, `${frameId} is on the board`).not.toBeNull()
  await expect
    .poll(async () => contains(await viewportOf(page), frame!), {
      message: `the view shows all of ${frameId}`,
    })
    .toBe(true)
}

/** Looks somewhere else on the board with the mouse wheel, as a person would. */
export async function panAway(page: Page): Promise<void> {
  const before = await viewportOf(page)
  await page.mouse.move(640, 500)
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 600)
  await expect.poll(async () => (await viewportOf(page)).y).toBeGreaterThan(before.y + before.h)
}
