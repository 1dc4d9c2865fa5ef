import { expectNoAxeViolations } from '../support/axe.ts'
import { BoardPageObject } from '../support/BoardPageObject.ts'
import { expect, test } from '../support/fixtures.ts'
import { isInWindow, newPhone } from '../support/phone.ts'

test('on a phone with the biggest text, a new board shows its run-the-board link once, and that link opens it as facilitator', async ({
  browser,
  server,
}) => {
  const { page } = await newPhone(browser)
  await page.goto(server.url)
  await page.getByLabel('Name of the board').fill('Bus stops')
  await page.getByRole('button', { name: 'Make the board' }).tap()

  const card = page.getByTestId('keep-your-link')
  await expect(card.getByRole('heading', { name: 'Bus stops is ready' })).toBeVisible()
  await expect(card).toContainText('It will not be shown again.')
  // Focus waits on the way on, so a screen reader reads the card first.
  await expect(page.getByRole('button', { name: 'Open the board' })).toBeFocused()
  const link = await card.getByLabel('Your link to run the board').inputValue()
  expect(link).toMatch(new RegExp(`^${server.url}/b/[^#]+#key=`))
  expect(await isInWindow(page, '[data-testid="keep-your-link"] .button-primary')).toBe(true)
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    'nothing runs off the side',
  ).toBe(true)
  await expectNoAxeViolations(page, 'the new board card')

  await page.getByRole('button', { name: 'Open the board' }).tap()
  await expect(page).toHaveURL(link)

  // On another device, the kept link is the facilitator's: the invite panel's links come back.
  const other = await browser.newPage()
  await other.goto(link)
  const facilitator = new BoardPageObject(other)
  await facilitator.join('Fran', 'Owl')
  await facilitator.waitForEditor()
  const role = await other.evaluate(async (url) => {
    const { pathname, hash } = new URL(url)
    const key = new URLSearchParams(hash.slice(1)).get('key')
    const response = await fetch(`/api/boards/${pathname.split('/')[2]}`, {
      headers: { Authorization: `Bearer ${key}` },
    })
    return ((await response.json()) as { role: string }).role
  }, link)
  expect(role).toBe('facilitator')
})
