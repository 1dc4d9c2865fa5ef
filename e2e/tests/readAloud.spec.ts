import AxeBuilder from '@axe-core/playwright'
import { findStage } from '@wesee/shared'
import { BoardPageObject } from '../support/BoardPageObject.ts'
import { expect, test } from '../support/fixtures.ts'
import { recordSpeech } from '../support/pictures.ts'
import { boardButton } from '../support/menus.ts'

test('"Read aloud" speaks the chosen note, at the speed chosen in My settings, by button or Alt+L', async ({
  createBoard,
  newPerson,
}) => {
  const board = await createBoard('Hearing notes')
  const page = await newPerson()
  const spoken = await recordSpeech(page)
  const pat = new BoardPageObject(page)
  await pat.open(board.links.participant, 'Pat')

  await pat.addNote('Opening hours')
  const noteId = await page.evaluate(
    () => window.editor!.getCurrentPageShapes().find((shape) => shape.type === 'note')!.id as string,
  )
  await page.evaluate((id) => {
    window.editor!.select(id as never)
  }, noteId)
  await page.getByRole('button', { name: 'Read aloud' }).click()
  await expect.poll(spoken).toEqual([{ text: 'Opening hours.', rate: 1 }])

  // A slower voice, chosen in My settings and kept on this device.
  await (await boardButton(page, 'My settings')).click()
  const settings = page.getByRole('dialog', { name: 'My settings' })
  await expect(settings.getByText('Alt+L')).toBeVisible()
  await settings.getByRole('radio', { name: 'Slow', exact: true }).check()
  expect(
    (await new AxeBuilder({ page }).include('[data-testid="my-settings"]').analyze()).violations,
  ).toEqual([])
  await settings.getByRole('button', { name: 'Close' }).click()

  // The shortcut reads the selection too, even while its words are being typed.
  await page.keyboard.press('Alt+l')
  await expect.poll(async () => (await spoken()).length).toBe(2)
  const slow = (await spoken()).at(-1)!
  expect(slow.text).toBe('Opening hours.')
  expect(slow.rate).toBeCloseTo(0.6)
  const middle = await page.evaluate((id) => {
    const editor = window.editor!
    return editor.pageToScreen(editor.getShapePageBounds(id as never)!.center).toJson()
  }, noteId)
  await page.mouse.dblclick(middle.x, middle.y) // edit the note
  await page.waitForFunction(() => document.activeElement?.getAttribute('contenteditable') === 'true')
  await page.keyboard.press('Alt+l')
  await expect.poll(async () => (await spoken()).length).toBe(3)
  await expect(page.locator('.tl-shape [contenteditable="true"]')).toHaveText('Opening hours')

  await page.reload()
  await pat.waitForEditor()
  await (await boardButton(page, 'My settings')).click()
  await expect(page.getByRole('radio', { name: 'Slow', exact: true })).toBeChecked()
})

test('a picture note is read with its picture’s name; with nothing chosen, the step’s prompt is read', async ({
  createBoard,
  newPerson,
  server,
}) => {
  const board = await createBoard('Hearing pictures', 'exploration')
  const page = await newPerson()
  const spoken = await recordSpeech(page)
  const pat = new BoardPageObject(page)
  await pat.open(board.links.participant, 'Pat')

  await page.getByRole('button', { name: 'Add a picture', exact: true }).click()
  await page.getByRole('radio', { name: /A picture note/ }).check()
  await page.getByRole('searchbox', { name: 'Find a picture' }).fill('money')
  await page
    .getByRole('list', { name: 'Pictures found' })
    .getByRole('button', { name: 'Money', exact: true })
    .click()
  await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA')
  await page.keyboard.type('Rent is too high')
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Read aloud' }).click()
  await expect.poll(async () => (await spoken()).at(-1)?.text).toBe('Money. Rent is too high.')

  // A library picture says its name.
  await page.getByRole('radio', { name: 'A picture', exact: true }).check()
  await page.getByRole('searchbox', { name: 'Find a picture' }).fill('sad')
  await page
    .getByRole('list', { name: 'Pictures found' })
    .getByRole('button', { name: 'Sad', exact: true })
    .click()
  await page.getByRole('button', { name: 'Read aloud' }).click()
  await expect.poll(async () => (await spoken()).at(-1)?.text).toBe('Sad.')

  // Nothing chosen: the prompt of the step the facilitator has chosen.
  const stageSet = await fetch(`${server.url}/api/boards/${board.id}/commands`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${board.keys.facilitator}` },
    body: JSON.stringify({ type: 'stage.set', stage: 'exploration', step: 'you-see' }),
  })
  expect(stageSet.status).toBe(200)
  const step = findStage('exploration').steps.find((s) => s.id === 'you-see')!
  await page.evaluate(() => {
    window.editor!.selectNone()
  })
  await expect(page.getByTestId('step-prompt')).toContainText(step.title)
  await page.getByRole('button', { name: 'Read aloud' }).click()
  await expect.poll(async () => (await spoken()).at(-1)?.text).toBe(`${step.title} ${step.prompt}`)
})

test('the About page credits OpenMoji and tldraw, and is linked from the start page', async ({
  server,
  newPerson,
}) => {
  const page = await newPerson()
  await page.goto(server.url)
  await page.getByRole('link', { name: 'About WeSee' }).click()
  await expect(page).toHaveURL(`${server.url}/about`)
  await expect(page.getByRole('heading', { level: 1, name: 'About WeSee' })).toBeVisible()
  await expect(page.getByTestId('openmoji-attribution')).toHaveText(
    'All emojis designed by OpenMoji – the open-source emoji and icon project. License: CC BY-SA 4.0',
  )
  await expect(page.getByRole('link', { name: 'OpenMoji' })).toHaveAttribute('href', 'https://openmoji.org/')
  await expect(page.getByRole('link', { name: 'CC BY-SA 4.0' })).toHaveAttribute(
    'href',
    'https://creativecommons.org/licenses/by-sa/4.0/',
  )
  await expect(page.getByRole('link', { name: 'tldraw' })).toHaveAttribute('href', 'https://tldraw.dev')
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])
})
