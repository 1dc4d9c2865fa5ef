import { BoardPageObject } from '../support/BoardPageObject.ts'
import { expect, test } from '../support/fixtures.ts'
import { boardButton } from '../support/menus.ts'

test('a participant joins with a code on a phone using only the keyboard', async ({
  server,
  createBoard,
  newPerson,
}) => {
  const board = await createBoard('Bus stops')
  const facilitator = new BoardPageObject(await newPerson())
  await facilitator.open(board.links.facilitator, 'Fran', 'Owl')

  const phone = await newPerson({ viewport: { width: 390, height: 844 } })
  await phone.goto(server.url)
  await expect(phone.getByLabel('Type the code from the screen')).toBeVisible()
  // Keyboard only: Tab past the language list to the code box, type the code the forgiving way.
  await phone.keyboard.press('Tab')
  await expect(phone.getByRole('combobox', { name: 'Language', exact: true })).toBeFocused()
  await phone.keyboard.press('Tab')
  await expect(phone.getByLabel('Type the code from the screen')).toBeFocused()
  const spaced = `${board.joinCode.slice(0, 3).toLowerCase()} - ${board.joinCode.slice(3)}`
  await phone.keyboard.type(spaced)
  await phone.keyboard.press('Enter')

  // The join screen: arrow keys move through the pictures.
  await expect(phone.getByRole('heading', { name: 'Join Bus stops' })).toBeVisible()
  await phone.keyboard.press('Tab')
  await expect(phone.getByRole('radio', { name: 'Cat' })).toBeFocused()
  await phone.keyboard.press('ArrowRight')
  await expect(phone.getByRole('radio', { name: 'Dog' })).toBeChecked()
  await phone.keyboard.press('Tab')
  await expect(phone.getByRole('textbox', { name: /Your name/ })).toBeFocused()
  await phone.keyboard.type('Pat')
  await phone.keyboard.press('Enter')
  const participant = new BoardPageObject(phone)
  await participant.waitForEditor()

  // The facilitator sees Pat in the people list, here now, with the dog picture…
  await facilitator.page.getByRole('button', { name: 'Invite people' }).click()
  const people = facilitator.page.getByTestId('people-list')
  await expect(people.getByText('Pat')).toBeVisible()
  await expect(people.locator('li', { hasText: 'Pat' })).toContainText('Here now')
  await expect(facilitator.page.getByTestId('qr-code')).toBeVisible()

  // …and Pat's named cursor once Pat moves the pointer.
  await phone.mouse.move(200, 300)
  await phone.mouse.move(220, 320)
  await expect
    .poll(() => facilitator.page.evaluate(() => window.editor!.getCollaborators().map((c) => c.userName)))
    .toContain('Pat')

  // The facilitator closes joining; a new attempt gets the kind refusal.
  await facilitator.page.getByRole('button', { name: 'Stop people joining' }).click()
  await expect(facilitator.page.getByText('Joining is closed')).toBeVisible()
  const late = await newPerson()
  await late.goto(server.url)
  await late.getByLabel('Type the code from the screen').fill(board.joinCode)
  await late.getByRole('button', { name: 'Join the board' }).click()
  await expect(late.getByRole('alert')).toContainText('not letting new people join just now')
})

test('a returning participant is the same person, and can change their picture', async ({
  createBoard,
  newPerson,
}) => {
  const board = await createBoard('Return visit')
  const participant = new BoardPageObject(await newPerson())
  await participant.open(board.links.participant, 'Jo', 'Fox')
  const firstId = await participant.page.evaluate(
    (id) => localStorage.getItem(`wesee.participant.${id}`),
    board.id,
  )
  await participant.page.reload()
  await participant.waitForEditor()
  expect(
    await participant.page.evaluate((id) => localStorage.getItem(`wesee.participant.${id}`), board.id),
  ).toBe(firstId)

  await (await boardButton(participant.page, /My picture and name/)).click()
  await participant.page.getByRole('radio', { name: 'Bee' }).check()
  await participant.page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(
    participant.page.getByRole('button', { name: /My picture and name/ }).locator('img'),
  ).toHaveAttribute('src', '/pictures/1F41D.svg')
})

test('pausing editing makes participants read-only live, and resuming restores it', async ({
  createBoard,
  newPerson,
}) => {
  const board = await createBoard('Pause')
  const facilitator = new BoardPageObject(await newPerson())
  await facilitator.open(board.links.facilitator, 'Fran', 'Owl')
  const participant = new BoardPageObject(await newPerson())
  await participant.open(board.links.participant, 'Pat', 'Dog')

  await facilitator.page.getByRole('button', { name: 'Pause editing' }).click()
  await expect(participant.page.getByTestId('lock-notice')).toHaveText(/The facilitator has paused editing/)
  await expect
    .poll(() => participant.page.evaluate(() => window.editor!.getInstanceState().isReadonly))
    .toBe(true)

  await facilitator.page.getByRole('button', { name: 'Let everyone edit again' }).click()
  await expect(participant.page.getByTestId('lock-notice')).toBeHidden()
  await participant.addNote('Back to work')
  await expect.poll(() => facilitator.noteTexts()).toContain('Back to work')
})
