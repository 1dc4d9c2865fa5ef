import type { Page } from '@playwright/test'
import { displayJoinCode, projectorLink } from '@wesee/shared'
import { BoardPageObject } from '../support/BoardPageObject.ts'
import { expect, test } from '../support/fixtures.ts'
import { boundsOf, contains, expectViewShowsFrame, showsMiddleOf, viewportOf } from '../support/views.ts'

const iSee = 'shape:frame-exploration-i-see'
const youSee = 'shape:frame-exploration-you-see'
const weSee = 'shape:frame-exploration-we-see'

async function openProjector(page: Page, link: string): Promise<void> {
  await page.goto(link)
  await page.waitForFunction(() => window.editor !== undefined)
  await expect(page.getByTestId('projector')).toBeVisible()
}

/** The computed font size of the first element matching `selector`, in pixels. */
function fontSize(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => parseFloat(getComputedStyle(element).fontSize))
}

test('the projector shows the step in large type, follows the facilitator, and invites the room', async ({
  server,
  createBoard,
  newPerson,
}) => {
  const board = await createBoard('Bus stops', 'exploration')
  const facilitator = new BoardPageObject(await newPerson())
  await facilitator.open(board.links.facilitator, 'Fran', 'Owl')

  const projector = await newPerson({ viewport: { width: 1280, height: 720 } })
  await openProjector(projector, projectorLink(server.url, board.id, board.keys.viewer))

  // Full screen, nothing to edit: no tldraw menus or tools, read-only, no join screen.
  await expect(projector.locator('.tlui-toolbar')).toHaveCount(0)
  await expect(projector.locator('.tlui-menu-zone')).toHaveCount(0)
  await expect(projector.getByRole('button', { name: 'Join', exact: true })).toHaveCount(0)
  expect(await projector.evaluate(() => window.editor!.getInstanceState().isReadonly)).toBe(true)
  await expect(projector.getByRole('heading', { name: 'Bus stops' })).toBeVisible()

  // The join corner: the code and a QR code, while joining is open.
  const corner = projector.getByTestId('join-corner')
  await expect(corner).toContainText(displayJoinCode(board.joinCode))
  await expect(corner.getByTestId('qr-code')).toBeVisible()
  expect(await fontSize(projector, '.join-corner-code')).toBeGreaterThanOrEqual(36)

  // The facilitator moves the group: the projector shows the prompt and the frame.
  await facilitator.page
    .getByRole('navigation', { name: 'Where we are' })
    .getByRole('button', { name: /What do I see\?/ })
    .click()
  const prompt = projector.getByTestId('step-prompt')
  await expect(prompt).toContainText('What do I see?')
  await expect(prompt).toContainText('On your own: what do you see?')
  await expectViewShowsFrame(projector, iSee)
  // Legible from the back of the room: the question is big, the frame fills the space.
  expect(await fontSize(projector, '.step-prompt-title')).toBeGreaterThanOrEqual(48)
  expect(await fontSize(projector, '.step-prompt-text')).toBeGreaterThanOrEqual(30)
  const frame = (await boundsOf(projector, iSee))!
  const view = await viewportOf(projector)
  expect(frame.w / view.w).toBeGreaterThan(0.7)

  await facilitator.page
    .getByRole('navigation', { name: 'Where we are' })
    .getByRole('button', { name: /What do you see\?/ })
    .click()
  await expect(prompt).toContainText('What do you see?')
  await expectViewShowsFrame(projector, youSee)

  // "Follow me": the projector follows the facilitator's view live.
  await facilitator.page.getByRole('button', { name: 'Follow me' }).click()
  const leaderId = await facilitator.page.evaluate(() => window.editor!.user.getId())
  await expect
    .poll(() => projector.evaluate(() => window.editor!.getInstanceState().followingUserId))
    .toBe(leaderId)
  await facilitator.page.evaluate((id) => {
    const editor = window.editor!
    editor.zoomToBounds(editor.getShapePageBounds(id as never)!)
  }, weSee)
  const weSeeBounds = (await boundsOf(projector, weSee))!
  await expect.poll(async () => showsMiddleOf(await viewportOf(projector), weSeeBounds)).toBe(true)
  await facilitator.page.getByRole('button', { name: 'Stop following me' }).click()
  await expect
    .poll(() => projector.evaluate(() => window.editor!.getInstanceState().followingUserId))
    .toBeNull()

  // Closing joining takes the code off the screen; opening shows it again.
  await facilitator.page.getByRole('button', { name: 'Invite people' }).click()
  await facilitator.page.getByRole('button', { name: 'Stop people joining' }).click()
  await expect(corner).toBeHidden()
  await facilitator.page.getByRole('button', { name: 'Let people join' }).click()
  await expect(corner).toContainText(displayJoinCode(board.joinCode))
})

test('on a 1920×1080 screen the prompt is larger and the frame still fits', async ({
  server,
  createBoard,
  newPerson,
}) => {
  const board = await createBoard('Big screen', 'exploration')
  const facilitator = new BoardPageObject(await newPerson())
  await facilitator.open(board.links.facilitator, 'Fran', 'Owl')
  await facilitator.page
    .getByRole('navigation', { name: 'Where we are' })
    .getByRole('button', { name: /What do we see now\?/ })
    .click()

  // Opened after the step was chosen: it starts there.
  const projector = await newPerson({ viewport: { width: 1920, height: 1080 } })
  await openProjector(projector, projectorLink(server.url, board.id, board.keys.viewer))
  await expect(projector.getByTestId('step-prompt')).toContainText('What do we see now?')
  await expectViewShowsFrame(projector, weSee)
  expect(await fontSize(projector, '.step-prompt-title')).toBeGreaterThanOrEqual(64)
  expect(await fontSize(projector, '.join-corner-code')).toBeGreaterThanOrEqual(56)

  // The QR code opens the start page with the code, which goes straight to the join screen.
  const qrTarget = await projector.evaluate(() => `${location.origin}/#code=`)
  const phone = await newPerson({ viewport: { width: 390, height: 844 } })
  await phone.goto(`${qrTarget}${board.joinCode}`)
  await expect(phone.getByRole('heading', { name: 'Join Big screen' })).toBeVisible()

  // The frame keeps filling the screen when the window changes size.
  await projector.setViewportSize({ width: 1280, height: 720 })
  const frame = (await boundsOf(projector, weSee))!
  await expect.poll(async () => contains(await viewportOf(projector), frame)).toBe(true)
  await expect.poll(async () => frame.w / (await viewportOf(projector)).w).toBeGreaterThan(0.7)
})

test('a projector link with a wrong key says so in plain words', async ({
  server,
  createBoard,
  newPerson,
}) => {
  const board = await createBoard('Wrong key', 'exploration')
  const page = await newPerson()
  await page.goto(projectorLink(server.url, board.id, 'not-a-real-key'))
  await expect(page.getByRole('alert')).toBeVisible()
  await expect(page.getByTestId('projector')).toHaveCount(0)
})
