import { BoardPageObject } from '../support/BoardPageObject.ts'
import { expect, test } from '../support/fixtures.ts'
import { newPhone } from '../support/phone.ts'

test("on a phone with the biggest text, deleting someone else's note puts it back and says why, and nobody loses it", async ({
  browser,
  createBoard,
  newPerson,
}) => {
  const board = await createBoard('Bus stops')
  const ada = new BoardPageObject(await newPerson())
  await ada.open(board.links.participant, 'Ada', 'Cat')
  await ada.addNote('Buses are late')

  const { page } = await newPhone(browser)
  const sam = new BoardPageObject(page)
  await sam.open(board.links.participant, 'Sam', 'Dog')
  await expect.poll(() => sam.noteTexts()).toContain('Buses are late')

  // What the Delete key does on a chosen note: Sam's screen sends the deletion.
  await page.evaluate(() => {
    const editor = window.editor!
    const note = editor.getCurrentPageShapes().find((shape) => shape.type === 'note')!
    editor.deleteShapes([note.id])
  })

  const notice = page.getByTestId('refusal-notice')
  await expect(notice).toContainText('Only the person who added this can change it.')
  // A status message, not a control: taps go through it to the board, so it
  // is checked for being on the screen in full rather than hit-tested.
  await expect(notice).toBeInViewport({ ratio: 1 })
  await expect.poll(() => sam.noteTexts()).toContain('Buses are late')
  // Ada never saw it go.
  expect(await ada.noteTexts()).toContain('Buses are late')
  await ada.page.reload()
  await ada.waitForEditor()
  await expect.poll(() => ada.noteTexts()).toContain('Buses are late')
})
