import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { projectorLink, type CreatedBoard } from '@wesee/shared'
import { BoardPageObject } from './BoardPageObject.ts'
import { layoutViewports } from './layoutCheck.ts'
import { addNotesToFrame, facilitatorCommand } from './voting.ts'

/**
 * The pages and modes the layout checks visit, and one busy board to visit
 * them on (a step, a running timer, an open vote), so every region has
 * something in it. Shared by the layout spec and the right-to-left spec.
 */
export type Mode =
  'home' | 'join' | 'facilitator' | 'participant' | 'viewer' | 'projector' | 'list view' | 'a sheet'
export const modes: Mode[] = [
  'home',
  'join',
  'facilitator',
  'participant',
  'viewer',
  'projector',
  'list view',
  'a sheet',
]

const iSeeFrame = 'shape:frame-exploration-i-see'

/** Makes the busy board: notes put there by the facilitator's own page, a timer and a vote on them. */
export async function makeBusyBoard(serverUrl: string, browser: Browser): Promise<CreatedBoard> {
  const response = await fetch(`${serverUrl}/api/boards`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ title: 'Layout check', template: 'exploration' }),
  })
  const board = (await response.json()) as CreatedBoard
  await facilitatorCommand(serverUrl, board, { type: 'stage.set', stage: 'exploration', step: 'i-see' })
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
  await facilitatorCommand(serverUrl, board, { type: 'timer.start', seconds: 600 })
  await facilitatorCommand(serverUrl, board, { type: 'vote.start', frameId: iSeeFrame, votesPerPerson: 2 })
  return board
}

function linkFor(mode: Mode, serverUrl: string, board: CreatedBoard): string {
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
export async function openMode(
  page: Page,
  mode: Mode,
  serverUrl: string,
  board: CreatedBoard,
): Promise<void> {
  if (mode === 'home' || mode === 'join') {
    await page.goto(linkFor(mode, serverUrl, board))
    const landmark =
      mode === 'home'
        ? page.getByRole('heading', { level: 1 })
        : page.getByRole('button', { name: 'Join', exact: true })
    await expect(landmark).toBeVisible()
    return
  }
  if (mode === 'projector') {
    await page.goto(linkFor(mode, serverUrl, board))
    await expect(page.getByTestId('projector')).toBeVisible()
    await page.waitForFunction(() => window.editor !== undefined)
    return
  }
  const person = new BoardPageObject(page)
  await person.open(linkFor(mode, serverUrl, board), mode === 'facilitator' ? 'Fran' : 'Sam', 'Cat')
  if (mode === 'list view') await expect(page.getByTestId('list-view')).toBeVisible()
  if (mode === 'a sheet') {
    await page.getByTestId('action-bar').getByRole('button', { name: 'More', exact: true }).click()
    await expect(page.getByTestId('more-sheet').getByRole('button', { name: 'Close' })).toBeVisible()
  }
}

/** A browser context for a mode (the list view is a choice kept on the device). */
export async function newModeContext(browser: Browser, mode: Mode): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: layoutViewports[0] })
  if (mode === 'list view') {
    await context.addInitScript(() => localStorage.setItem('wesee.listView', 'on'))
  }
  return context
}
