import { expect, test } from '../support/fixtures.ts'
import { expectNoAxeViolations } from '../support/axe.ts'
import { BoardPageObject } from '../support/BoardPageObject.ts'
import { expectGoodLayout } from '../support/layoutCheck.ts'
import { newPhone } from '../support/phone.ts'
import { iSeeFrame } from '../support/privateWriting.ts'
import { facilitatorCommand } from '../support/voting.ts'

/** Words on the notes of this person's canvas that live in their private doc. */
function privateNoteWords(page: BoardPageObject['page']): Promise<string[]> {
  return page.evaluate(() => {
    const editor = window.editor!
    return editor
      .getCurrentPageShapes()
      .filter((shape) => shape.type === 'note' && shape.parentId === 'shape:frame-exploration-i-see')
      .map((shape) => editor.getShapeUtil(shape).getText(shape) ?? '')
  })
}

test('on a phone with the biggest words, writing on my own happens in "My own notes": cards to add, change, take away and share', async ({
  server,
  createBoard,
  newPerson,
  browser,
}) => {
  test.setTimeout(120_000)
  const board = await createBoard('Writing sheet', 'exploration')
  const fran = new BoardPageObject(await newPerson())
  await fran.open(board.links.facilitator, 'Fran', 'Owl')
  await facilitatorCommand(server.url, board, { type: 'private.start', frameId: iSeeFrame })

  const { context: phone, page } = await newPhone(browser)
  try {
    const lee = new BoardPageObject(page)
    await lee.open(board.links.participant, 'Lee', 'Bee')
    const banner = page.getByTestId('private-writing-banner')
    await expect(banner).toContainText('Only you can see them until you share')
    // The banner stays small on a phone: the board keeps its room.
    await expectGoodLayout(page, 'a phone while everyone writes on their own', { boardShare: true })

    // "Add a note" opens the sheet with the cursor in its box.
    await page.getByTestId('action-bar').getByRole('button', { name: 'Add a note' }).tap()
    const sheet = page.getByTestId('writing-sheet')
    await expect(sheet.getByRole('heading', { name: 'My own notes' })).toBeVisible()
    const box = sheet.getByRole('textbox', { name: 'Write a note' })
    await expect(box).toBeFocused()

    // Enter adds each note; the box is ready for the next.
    await page.keyboard.type('Buses at night')
    await page.keyboard.press('Enter')
    await box.fill('Too dark')
    await box.press('Enter')
    const cards = sheet.getByTestId('writing-card')
    await expect(cards).toHaveCount(2)
    await expect(cards.nth(0)).toContainText('Buses at night')
    await expect(cards.nth(1)).toContainText('Too dark')
    await expect(box).toBeFocused()
    // They are this person's notes in the step's frame, and only theirs.
    await expect
      .poll(() => privateNoteWords(page))
      .toEqual(expect.arrayContaining(['Buses at night', 'Too dark']))
    await expect(banner).toContainText('You have 2 notes only you can see.')
    expect(await fran.noteTexts()).not.toContain('Too dark')

    // Change one.
    await sheet.getByRole('button', { name: 'Change "Too dark"' }).tap()
    const change = sheet.getByRole('textbox', { name: 'Change the words' })
    await expect(change).toBeFocused()
    await change.fill('Too dark at the stop')
    await sheet.getByRole('button', { name: 'Save' }).tap()
    await expect(cards.nth(1)).toContainText('Too dark at the stop')

    // Take one away: focus lands on the list's heading, not the page.
    await sheet.getByRole('button', { name: 'Take away "Buses at night"' }).tap()
    await expect(cards).toHaveCount(1)
    await expect(sheet.getByRole('heading', { name: 'My notes' })).toBeFocused()
    await expect.poll(() => privateNoteWords(page)).toEqual(['Too dark at the stop'])

    // Share stays in view at the bottom of the sheet, with "Share without my name".
    const share = sheet.getByRole('button', { name: 'Share my notes' })
    await expect(share).toBeInViewport()
    await expectGoodLayout(page, 'the writing sheet on a phone')
    await expectNoAxeViolations(page, 'the writing sheet on a phone')
    await sheet.getByRole('checkbox', { name: /Share without my name/ }).check()
    await share.tap()
    await expect(sheet).toContainText('without your name when the facilitator shares')
    expect(await fran.noteTexts()).not.toContain('Too dark at the stop')

    // Close, and back to the button that opened it; then the facilitator shares everyone's.
    await sheet.getByRole('button', { name: 'Close' }).tap()
    await expect(sheet).toHaveCount(0)
    await expect(banner).toContainText('Your notes will go on the board without your name')
    await facilitatorCommand(server.url, board, { type: 'private.reveal' })
    await expect.poll(() => fran.noteTexts()).toContain('Too dark at the stop')
    await expect(banner).toHaveCount(0)
  } finally {
    await phone.close()
  }
})

test('easy mode writes on its own in "My own notes" too, by keyboard, and Escape goes back to "Add a note"', async ({
  server,
  createBoard,
  browser,
}) => {
  const board = await createBoard('Easy writing', 'exploration')
  await facilitatorCommand(server.url, board, { type: 'private.start', frameId: iSeeFrame })
  const { context: phone, page } = await newPhone(browser, { textSize: 'biggest', easyMode: true })
  try {
    const sam = new BoardPageObject(page)
    await sam.open(board.links.participant, 'Sam', 'Cat')
    const addNote = page.getByTestId('easy-bar').getByRole('button', { name: 'Add a note' })
    await addNote.focus()
    await page.keyboard.press('Enter')
    const sheet = page.getByTestId('writing-sheet')
    const box = sheet.getByRole('textbox', { name: 'Write a note' })
    await expect(box).toBeFocused()
    await box.fill('I like the library')
    await sheet.getByRole('button', { name: 'Add my note' }).tap()
    await expect(sheet.getByTestId('writing-card')).toContainText('I like the library')
    await page.keyboard.press('Escape')
    await expect(sheet).toHaveCount(0)
    await expect(addNote).toBeFocused()
  } finally {
    await phone.close()
  }
})
