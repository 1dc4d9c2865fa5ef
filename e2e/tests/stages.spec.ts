import type { Page } from '@playwright/test'
import { BoardPageObject } from '../support/BoardPageObject.ts'
import { expect, test } from '../support/fixtures.ts'
import { boardButton } from '../support/menus.ts'
import {
  boundsOf,
  contains,
  expectViewShowsFrame,
  panAway,
  showsMiddleOf,
  viewportOf,
} from '../support/views.ts'

const iSee = 'shape:frame-exploration-i-see'
const youSee = 'shape:frame-exploration-you-see'
const weSee = 'shape:frame-exploration-we-see'

/** The participant link, as the facilitator copies it from the invite panel. */
async function participantLinkFrom(facilitator: Page): Promise<string> {
  await facilitator.getByRole('button', { name: 'Invite people' }).click()
  const link = await facilitator.getByLabel('Link to take part').inputValue()
  await facilitator.getByRole('button', { name: 'Close' }).click()
  return link
}

function stageBar(page: Page) {
  return page.getByRole('navigation', { name: 'Where we are' })
}

test('a facilitator starts an Exploration board and moves everyone to "What do you see?"', async ({
  server,
  newPerson,
}) => {
  // The facilitator makes the board from the Exploration template, in the UI.
  const facilitatorPage = await newPerson()
  await facilitatorPage.goto(server.url)
  await facilitatorPage.getByLabel('Name of the board').fill('Bus stops')
  await expect(facilitatorPage.getByRole('radio', { name: 'Blank' })).toBeChecked()
  await facilitatorPage.getByRole('radio', { name: 'Exploration' }).check()
  await facilitatorPage.getByRole('button', { name: 'Make the board' }).click()
  await facilitatorPage.getByRole('button', { name: 'Open the board' }).click()
  const facilitator = new BoardPageObject(facilitatorPage)
  await facilitator.join('Fran', 'Owl')
  await facilitator.waitForEditor()
  expect(await boundsOf(facilitatorPage, youSee)).not.toBeNull()

  const participant = new BoardPageObject(await newPerson())
  await participant.open(await participantLinkFrom(facilitatorPage), 'Pat', 'Cat')

  // Everyone sees the stage bar; only the facilitator's steps are buttons.
  await expect(stageBar(participant.page)).toContainText('What do I see?')
  await expect(stageBar(participant.page).getByRole('button')).toHaveCount(0)
  await expect(participant.page.getByText('The facilitator will choose where we start.')).toBeVisible()
  await expect(stageBar(facilitatorPage).getByRole('button')).toHaveCount(3)

  // The facilitator moves the group to "What do you see?".
  await stageBar(facilitatorPage)
    .getByRole('button', { name: /What do you see\?/ })
    .click()
  await expect(stageBar(facilitatorPage).getByRole('button', { name: /What do you see\?/ })).toHaveAttribute(
    'aria-current',
    'step',
  )

  // The participant is brought to that frame, sees the prompt and hears "Now: …".
  const prompt = participant.page.getByTestId('step-prompt')
  await expect(prompt).toContainText('What do you see?')
  await expect(prompt).toContainText("Look at everyone's notes side by side.")
  await expect(participant.page.getByTestId('announcer')).toHaveText('Now: What do you see?')
  const current = stageBar(participant.page).locator('[aria-current="step"]')
  await expect(current).toHaveText(/What do you see\?/)
  await expect(current).toContainText('Now')
  await expectViewShowsFrame(participant.page, youSee)
  await expectViewShowsFrame(facilitatorPage, youSee)

  // Looking around is free; "Back to the group" returns to the step.
  await panAway(participant.page)
  const back = participant.page.getByRole('button', { name: 'Back to the group' })
  await expect(back).toBeVisible()
  await back.click()
  await expectViewShowsFrame(participant.page, youSee)
  await expect(back).toBeHidden()

  // A participant's Page Down moves nothing.
  await participant.page.locator('.tl-canvas').click({ position: { x: 600, y: 350 } })
  await participant.page.keyboard.press('PageDown')
  await expect(prompt).toContainText('What do you see?')

  // The facilitator's keys: Page Down for the next step, Page Up for the previous.
  const next = facilitatorPage.getByRole('button', { name: /Next step/ })
  await expect(next.locator('kbd')).toHaveText('Page Down')
  await expect(next).toHaveAttribute('aria-keyshortcuts', 'PageDown')
  await facilitatorPage.locator('.tl-canvas').click({ position: { x: 600, y: 350 } })
  await facilitatorPage.keyboard.press('PageDown')
  await expect(prompt).toContainText('What do we see now?')
  await expect(participant.page.getByTestId('announcer')).toHaveText('Now: What do we see now?')
  await expectViewShowsFrame(participant.page, weSee)
  await facilitatorPage.keyboard.press('PageUp')
  await facilitatorPage.keyboard.press('PageUp')
  await expect(prompt).toContainText('What do I see?')
  await expectViewShowsFrame(participant.page, iSee)
})

test('the facilitator keys do nothing while typing in a note', async ({ createBoard, newPerson }) => {
  const board = await createBoard('Typing', 'exploration')
  const facilitator = new BoardPageObject(await newPerson())
  await facilitator.open(board.links.facilitator, 'Fran', 'Owl')
  await stageBar(facilitator.page)
    .getByRole('button', { name: /What do I see\?/ })
    .click()
  await expect(facilitator.page.getByTestId('step-prompt')).toContainText('What do I see?')

  await facilitator.page.locator('.tl-canvas').click({ position: { x: 200, y: 450 } })
  await facilitator.page.keyboard.press('n')
  await facilitator.page.mouse.click(640, 400)
  await facilitator.page.waitForFunction(
    () => document.activeElement?.getAttribute('contenteditable') === 'true',
  )
  await facilitator.page.keyboard.type('Buses')
  await facilitator.page.keyboard.press('PageDown')
  await facilitator.page.keyboard.press('Escape')
  await expect.poll(() => facilitator.noteTexts()).toContain('Buses')
  // Another move proves the first key press was ignored, not merely slow.
  await facilitator.page.locator('.tl-canvas').click({ position: { x: 200, y: 450 } })
  await facilitator.page.keyboard.press('PageDown')
  await expect(facilitator.page.getByTestId('step-prompt')).toContainText('What do you see?')
})

test('"Follow me", looking around, and "Bring everyone here"', async ({ createBoard, newPerson }) => {
  const board = await createBoard('Follow', 'exploration')
  const facilitator = new BoardPageObject(await newPerson())
  await facilitator.open(board.links.facilitator, 'Fran', 'Owl')
  const participant = new BoardPageObject(await newPerson())
  await participant.open(board.links.participant, 'Pat', 'Cat')
  const leaderId = await facilitator.page.evaluate(() => window.editor!.user.getId())

  await facilitator.page.getByRole('button', { name: 'Follow me' }).click()
  await expect(facilitator.page.getByRole('button', { name: 'Stop following me' })).toBeVisible()
  await expect(facilitator.page.getByTestId('view-mode')).toHaveText(/Everyone is following your view/)
  await expect(participant.page.getByTestId('view-mode')).toHaveText(/Following the facilitator's view/)
  await expect(participant.page.getByTestId('announcer')).toContainText('asked everyone to follow their view')
  await expect
    .poll(() => participant.page.evaluate(() => window.editor!.getInstanceState().followingUserId))
    .toBe(leaderId)

  // The facilitator looks at "What do we see now?"; the participant's view goes along live.
  await facilitator.page.evaluate((id) => {
    const editor = window.editor!
    editor.zoomToBounds(editor.getShapePageBounds(id as never)!)
  }, weSee)
  const weSeeBounds = (await boundsOf(participant.page, weSee))!
  await expect.poll(async () => showsMiddleOf(await viewportOf(participant.page), weSeeBounds)).toBe(true)

  // The participant looks around on their own, then follows again.
  await panAway(participant.page)
  await expect(participant.page.getByTestId('view-mode')).toHaveText(/looking around on your own/)
  await participant.page.getByRole('button', { name: 'Back to the group' }).click()
  await expect(participant.page.getByTestId('view-mode')).toHaveText(/Following the facilitator's view/)
  await expect.poll(async () => showsMiddleOf(await viewportOf(participant.page), weSeeBounds)).toBe(true)

  // "Stop following me": everyone is free again, and told so.
  await facilitator.page.getByRole('button', { name: 'Stop following me' }).click()
  await expect(participant.page.getByTestId('view-mode')).toBeHidden()
  await expect(participant.page.getByTestId('announcer')).toHaveText('You can look around on your own again.')
  expect(await participant.page.evaluate(() => window.editor!.getInstanceState().followingUserId)).toBeNull()

  // "Bring everyone here", once: the participant comes to what the facilitator sees.
  await panAway(participant.page)
  await facilitator.page.evaluate((id) => {
    const editor = window.editor!
    editor.zoomToBounds(editor.getShapePageBounds(id as never)!)
  }, youSee)
  const youSeeBounds = (await boundsOf(participant.page, youSee))!
  expect(showsMiddleOf(await viewportOf(participant.page), youSeeBounds)).toBe(false)
  await facilitator.page.getByRole('button', { name: 'Bring everyone here' }).click()
  // It says where: the step in the middle of the facilitator's view.
  await expect(participant.page.getByTestId('announcer')).toHaveText(
    'The facilitator brought everyone to "What do you see?".',
  )
  await expect.poll(async () => showsMiddleOf(await viewportOf(participant.page), youSeeBounds)).toBe(true)

  // Straight after, the participant may look around again; a reload does not bring them back.
  await panAway(participant.page)
  await participant.page.reload()
  await participant.waitForEditor()
  // The stage bar shows once the control doc (with the old summon) has been read;
  // a move would start on the next frame. The camera stays where a new page starts.
  await expect(stageBar(participant.page)).toBeVisible()
  const camera = await participant.page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const { x, y, z } = window.editor!.getCamera()
            resolve({ x, y, z })
          }),
        ),
      ),
  )
  expect(camera).toEqual({ x: 0, y: 0, z: 1 })
})

test('the facilitator adds a stage to a board', async ({ createBoard, newPerson }) => {
  const board = await createBoard('Growing', 'exploration')
  const facilitator = new BoardPageObject(await newPerson())
  await facilitator.open(board.links.facilitator, 'Fran', 'Owl')
  await (await boardButton(facilitator.page, 'Add a stage')).click()
  const dialog = facilitator.page.getByTestId('add-stage')
  await expect(dialog.getByRole('button', { name: 'Add Exploration' })).toHaveCount(0)
  await dialog.getByRole('button', { name: 'Add Experimentation' }).click()
  await expect(dialog).toBeHidden()
  await expect(stageBar(facilitator.page).getByRole('button', { name: /Experimentation/ })).toBeVisible()
  await expect.poll(() => boundsOf(facilitator.page, 'shape:frame-experimentation-ideas')).not.toBeNull()

  // Choosing the new stage goes to its first step.
  await stageBar(facilitator.page)
    .getByRole('button', { name: /Experimentation/ })
    .click()
  await expect(facilitator.page.getByTestId('step-prompt')).toContainText(
    'What might happen if we just tried',
  )
  await expectViewShowsFrame(facilitator.page, 'shape:frame-experimentation-ideas')
})

test('with reduced motion the view jumps to the step at once', async ({ createBoard, newPerson }) => {
  const board = await createBoard('Calm', 'exploration')
  const facilitator = new BoardPageObject(await newPerson())
  await facilitator.open(board.links.facilitator, 'Fran', 'Owl')
  const calmPage = await newPerson()
  await calmPage.emulateMedia({ reducedMotion: 'reduce' })
  const calm = new BoardPageObject(calmPage)
  await calm.open(board.links.participant, 'Pat', 'Cat')

  // The first step a page sees is always shown at once; the next would slide.
  await stageBar(facilitator.page)
    .getByRole('button', { name: /What do I see\?/ })
    .click()
  await expectViewShowsFrame(calmPage, iSee)
  await stageBar(facilitator.page)
    .getByRole('button', { name: /What do we see now\?/ })
    .click()
  // The camera moves in the same update that shows the prompt: no sliding to wait for.
  await calmPage.waitForFunction(() =>
    document.querySelector('[data-testid="step-prompt"]')?.textContent?.includes('What do we see now?'),
  )
  const frame = (await boundsOf(calmPage, weSee))!
  const view = await viewportOf(calmPage)
  expect(contains(view, frame), `view ${JSON.stringify(view)} holds ${JSON.stringify(frame)}`).toBe(true)
})
