import type { Page } from '@playwright/test'
import type { CreatedBoard } from '@wesee/shared'
import { expectNoAxeViolations } from '../support/axe.ts'
import { expect, test } from '../support/fixtures.ts'
import { chooseTextSize, expectGoodLayout, settle } from '../support/layoutCheck.ts'
import { makeBusyBoard, modes, newModeContext, openMode } from '../support/layoutModes.ts'

/**
 * A page that reads right to left: WeSee's layout mirrors (the side region
 * and sheets change sides, words start on the right) and still holds —
 * nothing covered, nothing off the side, axe-clean — while the board
 * canvas itself does not mirror.
 */
const rightToLeftViewports = [
  { width: 360, height: 640 },
  { width: 390, height: 844 },
  { width: 1280, height: 720 },
] as const

let board: CreatedBoard

test.beforeAll(async ({ server, browser }) => {
  board = await makeBusyBoard(server.url, browser)
})

/** Every page this browser opens reads right to left, whatever else sets <html dir>. */
async function forceRightToLeft(page: Page): Promise<void> {
  await page.addInitScript(() => {
    // This runs before the page's <html> exists: wait for it, then keep it right to left.
    const keep = (root: HTMLElement) => {
      root.dir = 'rtl'
      new MutationObserver(() => {
        if (root.dir !== 'rtl') root.dir = 'rtl'
      }).observe(root, { attributes: true, attributeFilter: ['dir'] })
    }
    if (document.documentElement) keep(document.documentElement)
    else
      new MutationObserver((_, watch) => {
        if (!document.documentElement) return
        watch.disconnect()
        keep(document.documentElement)
      }).observe(document, { childList: true })
  })
}

for (const mode of modes) {
  test(`right to left: ${mode} holds at phone and laptop sizes, biggest text`, async ({
    browser,
    server,
  }) => {
    test.setTimeout(120_000)
    const context = await newModeContext(browser, mode)
    const page = await context.newPage()
    await forceRightToLeft(page)
    await page.goto(`${server.url}/`)
    await chooseTextSize(page, 'biggest')
    await openMode(page, mode, server.url, board)
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl')
    for (const viewport of rightToLeftViewports) {
      await page.setViewportSize(viewport)
      await settle(page)
      const what = `right to left: ${mode}, ${viewport.width}×${viewport.height}`
      await expectGoodLayout(page, what, {
        boardShare: mode !== 'a sheet' && mode !== 'home' && mode !== 'join',
      })
      await expectNoAxeViolations(page, what)
      if (process.env.LAYOUT_SCREENSHOTS) {
        await page.screenshot({
          path: `${process.env.LAYOUT_SCREENSHOTS}/rtl-${mode.replace(' ', '-')}-${viewport.width}x${viewport.height}.png`,
        })
      }
    }
    await context.close()
  })
}

test('right to left: the regions and sheets change sides, the board does not mirror', async ({
  browser,
  server,
}) => {
  const context = await newModeContext(browser, 'participant')
  const page = await context.newPage()
  await forceRightToLeft(page)
  await page.setViewportSize({ width: 1280, height: 720 })
  await openMode(page, 'participant', server.url, board)
  const box = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((element) => {
        const { left, right } = element.getBoundingClientRect()
        return { left, right }
      })
  // The vote panel's side region is at the start: on the right, beside the board.
  await expect(page.locator('[data-region="side"] .vote-panel')).toBeVisible()
  const side = await box('[data-region="side"]')
  const boardRegion = await box('[data-region="board"]')
  expect(side.left).toBeGreaterThanOrEqual(boardRegion.right - 1)
  // The board keeps its own left and right: each note is drawn where the board says it is.
  for (const note of ['shape:vote-note-1', 'shape:vote-note-3']) {
    const drawn = await box(`[data-shape-id="${note}"]`)
    const placed = await page.evaluate((id) => {
      const editor = window.editor!
      const bounds = editor.getShapePageBounds(id as never)!
      return editor.pageToScreen({ x: bounds.minX, y: bounds.minY }).x
    }, note)
    expect(Math.abs(drawn.left - placed), `${note} drawn at ${drawn.left}, placed at ${placed}`).toBeLessThan(
      2,
    )
  }
  // A sheet opens at the board's end edge: its left.
  await page.getByTestId('action-bar').getByRole('button', { name: 'More', exact: true }).click()
  await expect(page.getByTestId('more-sheet')).toBeVisible()
  const sheet = await box('[data-testid="more-sheet"]')
  expect(Math.abs(sheet.left - boardRegion.left)).toBeLessThanOrEqual(1)
  await context.close()
})
