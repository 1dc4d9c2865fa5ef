import { expect, test } from '../support/fixtures.ts'
import { BoardPageObject } from '../support/BoardPageObject.ts'
import { expectGoodLayout } from '../support/layoutCheck.ts'
import { pictureNotesOnBoard } from '../support/pictures.ts'
import { facilitatorCommand } from '../support/voting.ts'

const iSeeFrame = 'shape:frame-exploration-i-see'

/** The frame a shape sits in, read from this person's board. */
function parentOf(page: BoardPageObject['page'], shapeId: string): Promise<string | null> {
  return page.evaluate((id) => window.editor?.getShape(id as never)?.parentId ?? null, shapeId)
}

test('on a phone with the biggest words: join by code, add a note and a picture note, vote, and use the list', async ({
  server,
  createBoard,
  browser,
}) => {
  test.setTimeout(150_000)
  const board = await createBoard('Phone session', 'exploration')
  await facilitatorCommand(server.url, board, { type: 'stage.set', stage: 'exploration', step: 'i-see' })
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  })
  await context.addInitScript(() => {
    // "Biggest" chosen in My settings on this phone.
    if (!localStorage.getItem('wesee:my-settings'))
      localStorage.setItem('wesee:my-settings', JSON.stringify({ textSize: 'biggest' }))
  })
  try {
    const page = await context.newPage()
    const person = new BoardPageObject(page)

    // Join by code, tapping.
    await page.goto(server.url)
    await page.getByLabel('Type the code from the screen').fill(board.joinCode)
    await page.getByRole('button', { name: 'Join the board' }).tap()
    await page.getByRole('radio', { name: 'Dog' }).tap()
    await page.getByRole('textbox', { name: /Your name/ }).fill('Pat')
    await page.getByRole('button', { name: 'Join', exact: true }).tap()
    await person.waitForEditor()
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'biggest')
    await expectGoodLayout(page, 'the phone board', { boardShare: true })

    // "Add a note": a new note in the step the group is on, ready for words.
    await page.getByRole('button', { name: 'Add a note' }).tap()
    await page.waitForFunction(() => document.activeElement?.getAttribute('contenteditable') === 'true')
    await page.keyboard.type('The bus is late')
    await page.keyboard.press('Escape')
    await expect.poll(() => person.noteTexts()).toContain('The bus is late')
    const noteId = await page.evaluate(
      () => window.editor!.getCurrentPageShapes().find((shape) => shape.type === 'note')!.id,
    )
    expect(await parentOf(page, noteId)).toBe(iSeeFrame)
    // In sight, and big enough to read: the board zooms so note words are at least 16 px.
    const zoom = await page.evaluate(() => window.editor!.getZoomLevel())
    expect(zoom * 22).toBeGreaterThanOrEqual(16)

    // "Add a picture" as a picture note: it lands in the step too. (With the
    // note still chosen it would go onto that note, as the panel says; this
    // person lets go of it first, as a tap on an empty part of the board would.)
    await page.evaluate(() => {
      window.editor!.selectNone()
    })
    await page.getByRole('button', { name: 'Add a picture' }).tap()
    await page.getByRole('radio', { name: /A picture note/ }).tap()
    await page.getByRole('searchbox', { name: 'Find a picture' }).fill('bus')
    await page
      .getByRole('list', { name: 'Pictures found' })
      .getByRole('button', { name: 'Bus', exact: true })
      .tap()
    await expect.poll(async () => (await pictureNotesOnBoard(page)).length).toBe(1)
    const [pictureNote] = await pictureNotesOnBoard(page)
    expect(await parentOf(page, pictureNote!.id)).toBe(iSeeFrame)
    await page.keyboard.type('Every morning')
    await page.keyboard.press('Escape')
    const close = page.getByRole('button', { name: 'Close' })
    if (await close.isVisible()) await close.tap()

    // A vote on the step: the big Vote action says how many votes are left; vote until none are.
    await expect.poll(async () => (await pictureNotesOnBoard(page))[0]?.text).toBe('Every morning')
    await page.reload()
    await person.waitForEditor()
    await facilitatorCommand(server.url, board, { type: 'vote.start', frameId: iSeeFrame, votesPerPerson: 2 })
    const vote = page.getByTestId('vote-action')
    await expect(vote).toContainText('You have 2 votes left')
    await expectGoodLayout(page, 'the phone board during a vote', { boardShare: true })
    await vote.tap()
    const list = page.getByTestId('vote-list')
    await list.getByRole('button', { name: 'Vote for: The bus is late' }).tap()
    await expect(list.getByText('You have 1 vote left')).toBeVisible()
    await list.getByRole('button', { name: /Vote for: .*Every morning/ }).tap()
    await expect(list.getByText('You have used all your votes')).toBeVisible()
    await list.getByRole('button', { name: 'Close' }).tap()
    await expect(vote).toContainText('You have used all your votes')

    // The list view: in "More", opens at the group's step, and "Show the board" brings the board back.
    await page.getByTestId('action-bar').getByRole('button', { name: 'More', exact: true }).tap()
    await page.getByTestId('more-sheet').getByRole('button', { name: 'Show as a list' }).tap()
    const listView = page.getByTestId('list-view')
    await expect(listView.getByRole('heading', { name: /Now.*What do I see\?/ })).toBeInViewport()
    await expectGoodLayout(page, 'the list view on a phone', { boardShare: true })
    await page.getByRole('button', { name: 'Show the board' }).tap()
    await expect(listView).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Add a note' })).toBeInViewport()
  } finally {
    await context.close()
  }
})
