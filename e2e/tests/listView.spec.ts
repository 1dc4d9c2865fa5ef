import { BoardPageObject } from '../support/BoardPageObject.ts'
import { expect, test } from '../support/fixtures.ts'
import { expectGoodLayout } from '../support/layoutCheck.ts'
import { newPhone } from '../support/phone.ts'
import { boardButton } from '../support/menus.ts'

test('the board as a list: add, change and hear notes with the keyboard, in sync with the canvas', async ({
  createBoard,
  newPerson,
}) => {
  const board = await createBoard('Easy to follow', 'exploration')
  const listPage = await newPerson({ viewport: { width: 390, height: 844 } })
  await listPage.addInitScript(() => {
    const spoken: string[] = []
    ;(window as unknown as { spoken: string[] }).spoken = spoken
    window.speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
      spoken.push(utterance.text)
    }
  })
  const listPerson = new BoardPageObject(listPage)
  await listPerson.open(board.links.participant, 'Lee', 'Bee')
  const canvasPerson = new BoardPageObject(await newPerson())
  await canvasPerson.open(board.links.facilitator, 'Fran', 'Owl')

  // Keyboard only from here for the list person.
  // On a phone the list view is in "More".
  await (await boardButton(listPage, 'Show as a list')).focus()
  await listPage.keyboard.press('Enter')
  const list = listPage.getByTestId('list-view')
  await expect(list.getByRole('heading', { name: 'What do I see?' })).toBeVisible()
  await expect(list.getByRole('heading', { name: 'What do you see?' })).toBeVisible()

  const addBox = list.getByRole('textbox', { name: 'Add a note to "What do I see?"' })
  await addBox.focus()
  await listPage.keyboard.type('The bus is always late')
  await listPage.keyboard.press('Tab')
  await listPage.keyboard.press('Enter')
  await expect(list.getByText('The bus is always late')).toBeVisible()
  await expect(list.getByText('By Lee')).toBeVisible()

  // It is a real note on everyone's canvas, inside the frame.
  await expect.poll(() => canvasPerson.noteTexts()).toContain('The bus is always late')
  const parent = await canvasPerson.page.evaluate(() => {
    const note = window.editor!.getCurrentPageShapes().find((shape) => shape.type === 'note')
    return note?.parentId
  })
  expect(parent).toBe('shape:frame-exploration-i-see')

  // A note added on the canvas shows in the list.
  await canvasPerson.addNote('Timetables are hard to read', { x: 640, y: 420 })
  await expect(list.getByText('Timetables are hard to read')).toBeVisible()

  // Change my note, then hear it.
  await list.getByRole('button', { name: 'Change the note: The bus is always late' }).focus()
  await listPage.keyboard.press('Enter')
  const changeBox = list.getByRole('textbox', { name: 'Change the words on this note' })
  await expect(changeBox).toBeFocused()
  await changeBox.fill('The 42 bus is always late')
  await list.getByRole('button', { name: 'Save' }).press('Enter')
  await expect.poll(() => canvasPerson.noteTexts()).toContain('The 42 bus is always late')
  await list.getByRole('button', { name: 'Read aloud: The 42 bus is always late' }).press('Enter')
  await expect
    .poll(() => listPage.evaluate(() => (window as unknown as { spoken: string[] }).spoken))
    .toContain('The 42 bus is always late')

  // Only my own notes offer "Change" to a participant.
  await expect(list.getByRole('button', { name: /Change the note: Timetables/ })).toHaveCount(0)
})

test('during private writing, a note added from the list is private and marked so', async ({
  server,
  createBoard,
  newPerson,
}) => {
  const board = await createBoard('Private list', 'exploration')
  const writer = new BoardPageObject(await newPerson())
  await writer.open(board.links.participant, 'Lee', 'Bee')
  const other = new BoardPageObject(await newPerson())
  await other.open(board.links.facilitator, 'Fran', 'Owl')
  const started = await fetch(`${server.url}/api/boards/${board.id}/commands`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${board.keys.facilitator}` },
    body: JSON.stringify({ type: 'private.start' }),
  })
  expect(started.status).toBe(200)

  await (await boardButton(writer.page, 'Show as a list')).click()
  const list = writer.page.getByTestId('list-view')
  await list.getByRole('textbox', { name: 'Add a note to "What do I see?"' }).fill('Only mine for now')
  await list.getByRole('button', { name: 'Add note' }).first().click()
  const item = list.getByRole('listitem').filter({ hasText: 'Only mine for now' })
  await expect(item).toContainText('Only you can see this')
  // And truly only theirs: after a later note has gone round through the
  // server, the other person still does not have it (the wire-capture tests
  // in server/test/privateWriting prove it never leaves at all).
  // (Outside every frame, so it is not private writing itself.)
  await other.page.evaluate(() => {
    window.editor!.createShape({
      type: 'note',
      x: -3000,
      y: -3000,
      props: {
        richText: {
          type: 'doc',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Said out loud' }] }],
        },
      },
    })
  })
  await expect(list.getByText('Said out loud')).toBeVisible()
  expect(await other.noteTexts()).not.toContain('Only mine for now')
})

test('on a phone with the biggest words, a person writes on their own in the list and shares from there', async ({
  browser,
  server,
  createBoard,
  newPerson,
}) => {
  const board = await createBoard('Phone list', 'exploration')
  const fran = new BoardPageObject(await newPerson())
  await fran.open(board.links.facilitator, 'Fran', 'Owl')
  const started = await fetch(`${server.url}/api/boards/${board.id}/commands`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${board.keys.facilitator}` },
    body: JSON.stringify({ type: 'private.start' }),
  })
  expect(started.status).toBe(200)

  // A touch phone with the biggest words chosen in My settings.
  const { context: phone, page } = await newPhone(browser)
  const lee = new BoardPageObject(page)
  await lee.open(board.links.participant, 'Lee', 'Bee')
  await (await boardButton(page, 'Show as a list')).tap()
  const list = page.getByTestId('list-view')
  await list.getByRole('textbox', { name: 'Add a note to "What do I see?"' }).fill('Buses at night')
  await list.getByRole('button', { name: 'Add note' }).first().tap()
  await expect(list.getByRole('listitem').filter({ hasText: 'Buses at night' })).toContainText(
    'Only you can see this',
  )
  // "Share my notes" is in reach beside the list: nothing covers it, nothing runs off the side.
  const share = page.getByRole('button', { name: 'Share my notes' })
  await share.scrollIntoViewIfNeeded()
  await expect(share).toBeInViewport()
  await expectGoodLayout(page, 'the list view while writing on your own')
  await share.tap()
  await expect.poll(() => fran.noteTexts()).toContain('Buses at night')
  await expect(list.getByRole('listitem').filter({ hasText: 'Buses at night' })).not.toContainText(
    'Only you can see this',
  )
  await phone.close()
})
