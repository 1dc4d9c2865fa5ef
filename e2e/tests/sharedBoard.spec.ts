import { BoardPageObject } from '../support/BoardPageObject.ts'
import { expect, test } from '../support/fixtures.ts'

test('a facilitator makes a board and a participant sees their note live, and after a reload', async ({
  server,
  newPerson,
}) => {
  const facilitatorPage = await newPerson()
  const outsideRequests: string[] = []
  facilitatorPage.on('request', (request) => {
    const url = new URL(request.url())
    if (!['data:', 'blob:'].includes(url.protocol) && url.hostname !== '127.0.0.1')
      outsideRequests.push(request.url())
  })

  // The facilitator makes the board from the home page.
  await facilitatorPage.goto(server.url)
  await facilitatorPage.getByLabel('Name of the board').fill('Our community café')
  await facilitatorPage.getByRole('button', { name: 'Make the board' }).click()
  await facilitatorPage.getByRole('button', { name: 'Open the board' }).click()
  const facilitator = new BoardPageObject(facilitatorPage)
  await facilitator.join('Fran', 'Owl')
  await facilitator.waitForEditor()
  const boardId = new URL(facilitatorPage.url()).pathname.split('/')[2]
  expect(boardId).toBeTruthy()

  // The participant opens the participant link in their own browser.
  const summary = await facilitatorPage.evaluate(async (id) => {
    const key = new URLSearchParams(location.hash.slice(1)).get('key')
    const response = await fetch(`/api/boards/${id}`, { headers: { Authorization: `Bearer ${key}` } })
    return response.json()
  }, boardId)
  const participant = new BoardPageObject(await newPerson())
  await participant.open(summary.links.participant, 'Pat')

  // A note added by one appears for the other within 2 seconds.
  await facilitator.addNote('Opening hours')
  await expect.poll(() => participant.noteTexts(), { timeout: 2_000 }).toContain('Opening hours')
  await participant.addNote('Cheaper tea', { x: 700, y: 300 })
  await expect.poll(() => facilitator.noteTexts(), { timeout: 2_000 }).toContain('Cheaper tea')

  // Reload keeps both, and nobody got a second page.
  await participant.page.reload()
  await participant.waitForEditor()
  await expect
    .poll(() => participant.noteTexts())
    .toEqual(expect.arrayContaining(['Opening hours', 'Cheaper tea']))
  expect(await participant.pageCount()).toBe(1)

  expect(outsideRequests).toEqual([])
})

test('two people opening a new board at the same time get one page', async ({ createBoard, newPerson }) => {
  const board = await createBoard('Race')
  const a = new BoardPageObject(await newPerson())
  const b = new BoardPageObject(await newPerson())
  await Promise.all([a.open(board.links.participant, 'A'), b.open(board.links.facilitator, 'B')])
  expect(await a.pageCount()).toBe(1)
  expect(await b.pageCount()).toBe(1)
})

test('the view-only link shows the board but cannot change it', async ({ createBoard, newPerson }) => {
  const board = await createBoard('Look only')
  const editor = new BoardPageObject(await newPerson())
  await editor.open(board.links.facilitator, 'Fran')
  await editor.addNote('Visible to viewers')

  const viewerPage = await newPerson()
  const viewer = new BoardPageObject(viewerPage)
  await viewerPage.goto(board.links.viewer)
  await viewer.waitForEditor()
  await expect(viewerPage.getByTestId('view-only')).toHaveText(/View only/)
  await expect.poll(() => viewer.noteTexts()).toContain('Visible to viewers')
  expect(await viewerPage.evaluate(() => window.editor?.getInstanceState().isReadonly)).toBe(true)

  // Even a forced write from the console is dropped by the server.
  await viewerPage.evaluate(() => {
    const editor = window.editor!
    editor.updateInstanceState({ isReadonly: false })
    editor.createShape({ type: 'geo', x: 10, y: 10, props: { w: 50, h: 50 } })
  })
  await editor.page.reload()
  await editor.waitForEditor()
  await expect.poll(() => editor.noteTexts()).toContain('Visible to viewers')
  const geoCount = await editor.page.evaluate(
    () => window.editor!.getCurrentPageShapes().filter((shape) => shape.type === 'geo').length,
  )
  expect(geoCount).toBe(0)
})
