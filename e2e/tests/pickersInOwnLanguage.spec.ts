import type { Page } from '@playwright/test'
import { expectNoAxeViolations } from '../support/axe.ts'
import { expect, test } from '../support/fixtures.ts'
import { expectGoodLayout, settle } from '../support/layoutCheck.ts'
import { newPhone } from '../support/phone.ts'

/**
 * A Welsh person on a phone, with the biggest text: the template picker, the
 * avatars' names, the picture groups and "Add a stage" are in Welsh, like
 * every other word on their screen, while what a template writes ON the board
 * is in the board's language (English here, chosen on the form).
 */

/** What the frames on the board are called (what the template wrote). */
function frameNames(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    window
      .editor!.getCurrentPageShapes()
      .filter((shape) => shape.type === 'frame')
      .map((shape) => (shape.props as { name: string }).name),
  )
}

async function checkScreen(page: Page, what: string): Promise<void> {
  await settle(page)
  await expectGoodLayout(page, what)
  await expectNoAxeViolations(page, what)
}

test('on a phone in Welsh, the pickers speak Welsh and the board is written in its own language', async ({
  browser,
  server,
}) => {
  test.setTimeout(120_000)
  const { context, page } = await newPhone(browser)
  await context.addInitScript(() => localStorage.setItem('wesee:language', 'cy'))

  // The template picker, in Welsh.
  await page.goto(server.url)
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy')
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'biggest')
  for (const name of ['Gwag', 'Ymgysylltu', 'Archwilio', 'Arbrofi', 'Ymgorffori', 'Y cylch cyfan'])
    await expect(page.getByRole('radio', { name, exact: true })).toHaveCount(1)
  await expect(page.getByRole('radio', { name: 'Exploration' })).toHaveCount(0)
  await expect(page.getByText('Gweld y mater drwy lygaid ein gilydd', { exact: false })).toBeVisible()
  await page.getByRole('radio', { name: 'Archwilio', exact: true }).tap()
  await checkScreen(page, 'the Welsh template picker')

  // The board itself is to be in English: the person chooses, the server writes it.
  await page.getByLabel('Enw’r bwrdd').fill('Bysiau')
  await page.getByLabel('Iaith y bwrdd').selectOption('en')
  await page.getByRole('button', { name: 'Gwneud y bwrdd' }).tap()
  await page.getByRole('button', { name: 'Agor y bwrdd' }).tap()

  // The avatars, named in Welsh (what a screen reader says, and the words under each).
  await expect(page.getByRole('radio', { name: 'Cath', exact: true })).toBeChecked()
  await expect(page.getByRole('radio', { name: 'Cat', exact: true })).toHaveCount(0)
  await expect(page.getByTestId('avatar-grid')).toContainText('Tylluan')
  await checkScreen(page, 'the Welsh join screen')
  await page.getByRole('radio', { name: 'Tylluan', exact: true }).tap()
  await page.getByRole('textbox', { name: /Eich enw/ }).fill('Ffion')
  await page.getByRole('button', { name: 'Ymuno', exact: true }).tap()
  await page.waitForFunction(() => window.editor !== undefined)
  await expect(page.getByTestId('connection-status')).toHaveText(/Wedi cysylltu/)

  // The template wrote its frames in the board's language, English, not the maker's.
  await expect
    .poll(() => frameNames(page))
    .toEqual(expect.arrayContaining(['What do I see?', 'What do you see?', 'What do we see now?']))
  expect(await frameNames(page)).not.toContain('Beth ydw i’n ei weld?')

  // The picture groups, in Welsh.
  await page.getByRole('button', { name: 'Ychwanegu llun' }).tap()
  const groups = page.getByRole('group', { name: 'Grwpiau o luniau' })
  await expect(groups.getByRole('button', { name: 'Pobl a theimladau' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await groups.getByRole('button', { name: 'Bwyd a diod' }).tap()
  await expect(page.getByRole('list', { name: 'Bwyd a diod' })).toBeVisible()
  await expect(groups.getByRole('button', { name: 'Food and drink' })).toHaveCount(0)
  await checkScreen(page, 'the Welsh picture groups')
  await page.getByRole('button', { name: 'Cau', exact: true }).first().tap()

  // "Add a stage": the stages not yet on the board, in Welsh.
  await page.getByTestId('action-bar').getByRole('button', { name: 'Mwy', exact: true }).tap()
  await page.getByRole('button', { name: 'Ychwanegu cyfnod' }).tap()
  const addStage = page.getByTestId('add-stage')
  await expect(addStage.getByRole('button', { name: 'Ychwanegu Arbrofi' })).toBeVisible()
  await expect(addStage).not.toContainText('Experimentation')
  await checkScreen(page, 'the Welsh "Add a stage"')
  await addStage.getByRole('button', { name: 'Ychwanegu Arbrofi' }).tap()
  // …and its frames go on the board in the board's language.
  await expect.poll(() => frameNames(page)).toContain('Our small tries')
  await context.close()
})

test('a language this device remembers that WeSee does not have shows the pickers in English, with no crash', async ({
  browser,
  server,
  createBoard,
}) => {
  const board = await createBoard('Bus stops')
  const { context, page } = await newPhone(browser)
  // What a hostile page, an old version or a hand edit could leave on the device.
  await context.addInitScript(() => localStorage.setItem('wesee:language', '__proto__'))
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(server.url)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('radio', { name: 'Exploration', exact: true })).toHaveCount(1)
  await page.goto(board.links.participant)
  await expect(page.getByRole('radio', { name: 'Cat', exact: true })).toBeChecked()
  expect(errors).toEqual([])
  await context.close()
})
