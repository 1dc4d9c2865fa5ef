import { projectorLink } from '@wesee/shared'
import { expectNoAxeViolations } from '../support/axe.ts'
import { BoardPageObject } from '../support/BoardPageObject.ts'
import { expect, test } from '../support/fixtures.ts'

test('axe finds nothing on the start page, with the template picker', async ({ server, newPerson }) => {
  const page = await newPerson()
  await page.goto(server.url)
  await page.getByRole('radio', { name: 'Exploration' }).check()
  await expectNoAxeViolations(page, 'the start page')
})

test('axe finds nothing on the join screen', async ({ createBoard, newPerson }) => {
  const board = await createBoard('Bus stops', 'exploration')
  const page = await newPerson()
  await page.goto(board.links.participant)
  await expect(page.getByRole('heading', { name: 'Join Bus stops' })).toBeVisible()
  await expectNoAxeViolations(page, 'the join screen')
})

test('axe finds nothing on the board, for the facilitator and a participant, at a step', async ({
  createBoard,
  newPerson,
}) => {
  const board = await createBoard('Bus stops', 'full-cycle')
  const facilitator = new BoardPageObject(await newPerson())
  await facilitator.open(board.links.facilitator, 'Fran', 'Owl')
  const participant = new BoardPageObject(await newPerson())
  await participant.open(board.links.participant, 'Pat', 'Cat')
  await facilitator.page.getByRole('button', { name: /Exploration/ }).click()
  await expect(participant.page.getByTestId('step-prompt')).toContainText('What do I see?')
  await facilitator.page.getByRole('button', { name: 'Follow me' }).click()
  await expect(participant.page.getByTestId('view-mode')).toBeVisible()

  // A shape selected, so tldraw's style panel (with its slider) is showing too.
  await facilitator.addNote('Buses are late')
  await facilitator.page.evaluate(() => {
    const editor = window.editor!
    const note = editor.getCurrentPageShapes().find((shape) => shape.type === 'note')!
    editor.select(note.id)
  })
  await expect(facilitator.page.locator('.tlui-style-panel')).toBeVisible()

  await expectNoAxeViolations(facilitator.page, "the facilitator's board")
  await expectNoAxeViolations(participant.page, "a participant's board")
})

test('axe finds nothing on the projector', async ({ server, createBoard, newPerson }) => {
  const board = await createBoard('Bus stops', 'exploration')
  const facilitator = new BoardPageObject(await newPerson())
  await facilitator.open(board.links.facilitator, 'Fran', 'Owl')
  await facilitator.page.getByRole('button', { name: /What do you see\?/ }).click()
  const projector = await newPerson({ viewport: { width: 1280, height: 720 } })
  await projector.goto(projectorLink(server.url, board.id, board.keys.viewer))
  await expect(projector.getByTestId('step-prompt')).toContainText('What do you see?')
  await expect(projector.getByTestId('qr-code')).toBeVisible()
  await expectNoAxeViolations(projector, 'the projector')
})
