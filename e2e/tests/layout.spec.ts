import type { Browser, BrowserContext, Page } from '@playwright/test'
import { projectorLink, type CreatedBoard } from '@wesee/shared'
import { expectNoAxeViolations } from '../support/axe.ts'
import { BoardPageObject } from '../support/BoardPageObject.ts'
import { expect, test } from '../support/fixtures.ts'
import {
  chooseTextSize,
  expectGoodLayout,
  layoutViewports,
  settle,
  textSizes,
} from '../support/layoutCheck.ts'
import { addNotesToFrame, facilitatorCommand } from '../support/voting.ts'

/**
 * Every page and mode, at every screen size and text size: no WeSee control
 * covered by anything, nothing running off the side, the board keeping a
 * third of a phone's height, and axe-core finding nothing. One busy board
 * (a step, a running timer, an open vote) so every region has something in it.
 */
const iSeeFrame = 'shape:frame-exploration-i-see'
const screenshotDir = process.env.LAYOUT_SCREENSHOTS ?? null

type Mode = 'home' | 'join' | 'facilitator' | 'participant' | 'viewer' | 'projector' | 'list view' | 'a sheet'
const modes: Mode[] = [
  'home',
  'join',
  'facilitator',
  'participant',
  'viewer',
  'projector',
  'list view',
  'a sheet',
]

let board: CreatedBoard

test.beforeAll(async ({ server, browser }) => {
  const response = await fetch(`${server.url}/api/boards`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ title: 'Layout check', template: 'exploration' }),
  })
  board = (await response.json()) as CreatedBoard
  await facilitatorCommand(server.url, board, { type: 'stage.set', stage: 'exploration', step: 'i-see' })
  // Notes to vote on, put there by the facilitator's own page.
  const context = await browser.newContext()
  const facilitator = new BoardPageObject(await context.newPage())
  await facilitator.open(board.links.facilitator, 'Fran', 'Owl')
  await addNotesToFrame(facilitator.page, iSeeFrame, ['More buses', 'Cheaper tickets', 'Kind drivers'])
  await expect.poll(() => facilitator.noteTexts()).toHaveLength(3)
  // Let the server have them before the vote asks which notes there are.
  await facilitator.page.reload()
  await facilitator.waitForEditor()
  await expect.poll(() => facilitator.noteTexts()).toHaveLength(3)
  await context.close()
  await facilitatorCommand(server.url, board, { type: 'timer.start', seconds: 600 })
  await facilitatorCommand(server.url, board, { type: 'vote.start', frameId: iSeeFrame, votesPerPerson: 2 })
})

function linkFor(mode: Mode, serverUrl: string): string {
  switch (mode) {
    case 'home':
      return `${serverUrl}/`
    case 'facilitator':
      return board.links.facilitator
    case 'viewer':
      return board.links.viewer
    case 'projector':
      return projectorLink(serverUrl, board.id, board.keys.viewer)
    default:
      return board.links.participant
  }
}

/** Opens the page for a mode, joined and in the state the mode is about. */
async function openMode(page: Page, mode: Mode, serverUrl: string): Promise<void> {
  if (mode === 'home' || mode === 'join') {
    await page.goto(linkFor(mode, serverUrl))
    const landmark =
      mode === 'home'
        ? page.getByRole('heading', { level: 1 })
        : page.getByRole('button', { name: 'Join', exact: true })
    await expect(landmark).toBeVisible()
    return
  }
  if (mode === 'projector') {
    await page.goto(linkFor(mode, serverUrl))
    await expect(page.getByTestId('projector')).toBeVisible()
    await page.waitForFunction(() => window.editor !== undefined)
    return
  }
  const person = new BoardPageObject(page)
  await person.open(linkFor(mode, serverUrl), mode === 'facilitator' ? 'Fran' : 'Sam', 'Cat')
  if (mode === 'list view') await expect(page.getByTestId('list-view')).toBeVisible()
  if (mode === 'a sheet') {
    await page.getByTestId('action-bar').getByRole('button', { name: 'More', exact: true }).click()
    await expect(page.getByTestId('more-sheet').getByRole('button', { name: 'Close' })).toBeVisible()
  }
}

async function newContext(browser: Browser, mode: Mode): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: layoutViewports[0] })
  if (mode === 'list view') {
    await context.addInitScript(() => localStorage.setItem('wesee.listView', 'on'))
  }
  return context
}

for (const mode of modes) {
  test(`layout: ${mode} at every screen and text size`, async ({ browser, server }) => {
    test.setTimeout(180_000)
    const context = await newContext(browser, mode)
    const page = await context.newPage()
    for (const size of textSizes) {
      // My settings live on the device: set them on the home page, then open the page to check.
      await page.goto(`${server.url}/`)
      await chooseTextSize(page, size)
      await openMode(page, mode, server.url)
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
