import type { CreatedBoard } from '@wesee/shared'
import { expectNoAxeViolations } from '../support/axe.ts'
import { test } from '../support/fixtures.ts'
import {
  chooseTextSize,
  expectGoodLayout,
  layoutViewports,
  settle,
  textSizes,
} from '../support/layoutCheck.ts'
import { makeBusyBoard, modes, newModeContext, openMode } from '../support/layoutModes.ts'

/**
 * Every page and mode, at every screen size and text size: no WeSee control
 * covered by anything, nothing running off the side, the board keeping a
 * third of a phone's height, and axe-core finding nothing. One busy board
 * (a step, a running timer, an open vote) so every region has something in it.
 */
const screenshotDir = process.env.LAYOUT_SCREENSHOTS ?? null

let board: CreatedBoard

test.beforeAll(async ({ server, browser }) => {
  board = await makeBusyBoard(server.url, browser)
})

for (const mode of modes) {
  test(`layout: ${mode} at every screen and text size`, async ({ browser, server }) => {
    test.setTimeout(180_000)
    const context = await newModeContext(browser, mode)
    const page = await context.newPage()
    for (const size of textSizes) {
      // My settings live on the device: set them on the home page, then open the page to check.
      await page.goto(`${server.url}/`)
      await chooseTextSize(page, size)
      await openMode(page, mode, server.url, board)
      for (const viewport of layoutViewports) {
        await page.setViewportSize(viewport)
        await settle(page)
        const what = `${mode}, ${viewport.width}×${viewport.height}, text ${size}`
        await expectGoodLayout(page, what, {
          boardShare: mode !== 'a sheet' && mode !== 'home' && mode !== 'join',
        })
        await expectNoAxeViolations(page, what)
        if (screenshotDir) {
          await page.screenshot({
            path: `${screenshotDir}/${mode.replace(' ', '-')}-${viewport.width}x${viewport.height}-${size}.png`,
          })
        }
      }
    }
    await context.close()
  })
}
