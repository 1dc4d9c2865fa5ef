import { boardButton } from '../support/menus.ts'
import { BoardPageObject } from '../support/BoardPageObject.ts'
import { expect, test } from '../support/fixtures.ts'

/**
 * The server ends a connection with a code from shared's table; the board
 * says what happened in plain words. One person opening the board in more
 * tabs than the server allows (four on the board, per person) is a case
 * anyone can meet with the default limits: the extra tab says so, on a
 * phone, at the biggest text size, and its pill is not covered.
 */
test('an extra tab past the per-person limit says in plain words why it cannot connect, on a phone', async ({
  browser,
  createBoard,
}) => {
  const board = await createBoard('Too many tabs')
  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  })
  try {
    const first = new BoardPageObject(await phone.newPage())
    await first.open(board.links.participant, 'Sam', 'Cat')
    await (await boardButton(first.page, 'My settings')).click()
    const settings = first.page.getByTestId('my-settings')
    await settings.getByRole('radio', { name: 'Biggest' }).check()
    await settings.getByRole('button', { name: 'Close' }).click()

    // Three more tabs of the same person: four connections to the board, the most allowed.
    for (let i = 0; i < 3; i++) await new BoardPageObject(await phone.newPage()).open(board.links.participant)

    const extra = await phone.newPage()
    await extra.goto(board.links.participant)
    await expect(extra.locator('html')).toHaveAttribute('data-text-size', 'biggest')
    const status = extra.getByTestId('connection-status')
    await expect(status).toHaveText(
      /This board is open in too many tabs here\. Close one, then we will try again\./,
    )
    // Said to screen readers too, and wholly on the screen: the words wrap, never run off it.
    await expect(status).toHaveAttribute('role', 'status')
    const box = (await status.boundingBox())!
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(390)

    // Closing one of the other tabs lets the extra one in: it was retrying all along.
    await phone.pages()[1]!.close()
    await expect(status).toHaveText(/Connected/)
  } finally {
    await phone.close()
  }
})
