import { BoardPageObject } from '../support/BoardPageObject.ts'
import { expectNoAxeViolations } from '../support/axe.ts'
import { expect, test } from '../support/fixtures.ts'
import { expectGoodLayout } from '../support/layoutCheck.ts'
import { newPhone } from '../support/phone.ts'

/**
 * The facilitator puts the drawing tools away: on a participant's phone (touch,
 * the biggest words) the pen, highlighter and eraser leave the toolbar and
 * their keys stop working, everyone is told, and they come back when given back.
 */
test('the facilitator puts the drawing tools away and gives them back; a phone’s toolbar follows', async ({
  browser,
  createBoard,
  newPerson,
}) => {
  const board = await createBoard('Drawing tools', 'exploration')
  const fran = new BoardPageObject(await newPerson({ viewport: { width: 1280, height: 720 } }))
  await fran.open(board.links.facilitator, 'Fran', 'Owl')

  // A touch phone with the biggest words chosen in My settings.
  const { context: phone, page } = await newPhone(browser)
  const sam = new BoardPageObject(page)
  await sam.open(board.links.participant, 'Sam', 'Cat')
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'biggest')
  await expect(page.getByTestId('tools.draw')).toBeVisible()

  await fran.page.getByRole('button', { name: 'Put the drawing tools away' }).click()
  await expect(page.getByTestId('announcer')).toHaveText(
    'The facilitator has put the drawing tools away for now.',
  )
  await expect(page.getByTestId('tools.draw')).toHaveCount(0)
  await expect(page.getByTestId('tools.eraser')).toHaveCount(0)
  // The keys go with the buttons.
  await page.locator('.tl-canvas').tap({ position: { x: 60, y: 60 } })
  await page.keyboard.press('d')
  expect(await page.evaluate(() => window.editor!.getCurrentToolId())).not.toBe('draw')
  await expectGoodLayout(page, 'a phone with the drawing tools away', { boardShare: true })
  await expectNoAxeViolations(page, 'a phone with the drawing tools away')
  // The facilitator keeps their own.
  await expect(fran.page.getByTestId('tools.draw')).toBeVisible()

  await fran.page.getByRole('button', { name: 'Give the drawing tools back' }).click()
  await expect(page.getByTestId('announcer')).toHaveText('You can draw again.')
  await expect(page.getByTestId('tools.draw')).toBeVisible()
  await phone.close()
})
