import { expectNoAxeViolations } from '../support/axe.ts'
import { BoardPageObject } from '../support/BoardPageObject.ts'
import { expect, test } from '../support/fixtures.ts'
import { newPhone } from '../support/phone.ts'

const linkDoesNotWork = 'This link does not work any more. Ask the facilitator for a new link.'

test('on a phone with the biggest text, the facilitator makes a new link to take part: the old one stops working, the new one joins', async ({
  browser,
  createBoard,
  newPerson,
}) => {
  const board = await createBoard('Bus stops')
  // Ada is on the board with the link that is about to be replaced.
  const ada = new BoardPageObject(await newPerson())
  await ada.open(board.links.participant, 'Ada', 'Cat')

  const { context, page } = await newPhone(browser)
  const facilitator = new BoardPageObject(page)
  await facilitator.open(board.links.facilitator, 'Fran', 'Owl')
  await page.getByRole('button', { name: 'Invite people' }).tap()
  const panel = page.getByTestId('invite-panel')
  await panel.getByRole('button', { name: 'Make a new link for people taking part' }).tap()

  // A step that says what will happen, with the safe choice focused.
  const asking = panel.getByRole('group', { name: 'Make a new link to take part?' })
  await expect(asking).toContainText(
    'The old link will stop working. People who open it will be asked for the new one.',
  )
  await expect(asking).toContainText('Anyone on the board with the old link is taken off it now.')
  await expect(asking.getByRole('button', { name: 'No, keep this link' })).toBeFocused()
  expect(
    await panel.evaluate((dialog) => dialog.scrollWidth <= dialog.clientWidth + 1),
    'nothing runs off the side',
  ).toBe(true)
  await expectNoAxeViolations(page, 'the new-link question')
  await asking.getByRole('button', { name: 'Yes, make a new link' }).tap()

  const linkBox = panel.getByRole('textbox', { name: 'Link to take part' })
  await expect(linkBox).not.toHaveValue(board.links.participant)
  const newLink = await linkBox.inputValue()
  expect(newLink).toMatch(new RegExp(`/b/${board.id}#key=`))
  // Focus on Copy of the new link, said aloud and shown.
  await expect(linkBox.locator('xpath=following-sibling::button')).toBeFocused()
  await expect(page.getByTestId('announcer')).toHaveText(
    'New link made. The old link does not work any more.',
  )
  await expect(panel.getByRole('status').filter({ hasText: 'New link made.' })).toBeVisible()
  await expectNoAxeViolations(page, 'the invite panel with the new link')

  // Ada is taken off the board at once, in plain words…
  await expect(ada.page.getByText(linkDoesNotWork)).toBeVisible()
  // …and anyone who opens the old link later reads the same.
  const late = await newPerson()
  await late.goto(board.links.participant)
  await expect(late.getByText(linkDoesNotWork)).toBeVisible()

  // The new link joins; Ada, given it, comes back as herself without joining again.
  const pat = new BoardPageObject(await newPerson())
  await pat.open(newLink, 'Pat', 'Dog')
  await ada.page.goto(newLink)
  await ada.waitForEditor()
  await expect(page.getByTestId('people-list').locator('li', { hasText: 'Ada' })).toContainText('Here now')
  await expect(page.getByTestId('people-list').locator('li')).toHaveCount(3)
  await context.close()
})

test('the facilitator makes a new link to run the board: this browser goes on with it, shows it once, and remembers it', async ({
  createBoard,
  newPerson,
}) => {
  const board = await createBoard('Bus stops')
  const page = await newPerson()
  const facilitator = new BoardPageObject(page)
  await facilitator.open(board.links.facilitator, 'Fran', 'Owl')
  // Another device still open with the same link: it is taken off.
  const other = await newPerson()
  await other.goto(board.links.facilitator)
  await new BoardPageObject(other).join('Sol', 'Dog')
  await new BoardPageObject(other).waitForEditor()

  await page.getByRole('button', { name: 'Invite people' }).click()
  await page.getByRole('button', { name: 'Make a new link to run the board' }).click()
  // The keyboard path: Tab from "No" back to "Yes", then Enter.
  await expect(page.getByRole('button', { name: 'No, keep this link' })).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(page.getByRole('button', { name: 'Yes, make a new link' })).toBeFocused()
  await page.keyboard.press('Enter')

  const notice = page.getByTestId('new-own-link')
  await expect(notice.getByRole('heading', { name: 'Your new link to run the board' })).toBeVisible()
  await expect(notice).toContainText('It will not be shown again.')
  const newLink = await notice.getByRole('textbox', { name: 'Your link to run the board' }).inputValue()
  expect(newLink).not.toBe(board.links.facilitator)
  await expect(notice.getByRole('button', { name: 'Copy' })).toBeFocused()
  await expect(page).toHaveURL(newLink)
  await expectNoAxeViolations(page, 'the new link to run the board')
  await notice.getByRole('button', { name: 'I have kept it' }).click()
  await expect(notice).toHaveCount(0)

  // This browser still runs the board, and "Your boards" keeps the new key, not the old.
  await facilitator.waitForEditor()
  const remembered = await page.evaluate(() => localStorage.getItem('wesee.boards') ?? '')
  const newKey = new URLSearchParams(new URL(newLink).hash.slice(1)).get('key')!
  const oldKey = new URLSearchParams(new URL(board.links.facilitator).hash.slice(1)).get('key')!
  expect(remembered).toContain(newKey)
  expect(remembered).not.toContain(oldKey)
  await page.getByRole('button', { name: 'Invite people' }).click()
  await expect(page.getByRole('textbox', { name: 'Link to take part' })).toHaveValue(board.links.participant)
  await page.reload()
  await facilitator.waitForEditor()
  await expect(page.getByTestId('new-own-link')).toHaveCount(0)

  // The other device with the old link is off the board.
  await expect(other.getByText(linkDoesNotWork)).toBeVisible()
})
