import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { BoardPageObject } from '../support/BoardPageObject.ts'
import { expect, test } from '../support/fixtures.ts'
import { imagesOnBoard, pictureNotesOnBoard } from '../support/pictures.ts'

const youSee = 'shape:frame-exploration-you-see'

async function openPicturesByKeyboard(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Add a picture', exact: true }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('searchbox', { name: 'Find a picture' })).toBeFocused()
}

function viewCentre(page: Page) {
  return page.evaluate(() => {
    const { x, y } = window.editor!.getViewportPageBounds().center
    return { x, y }
  })
}

test('a picture from the library goes on the board by keyboard, and everyone sees it', async ({
  createBoard,
  newPerson,
}) => {
  const board = await createBoard('Pictures by keyboard')
  const pat = new BoardPageObject(await newPerson())
  await pat.open(board.links.participant, 'Pat')
  const sam = new BoardPageObject(await newPerson())
  await sam.open(board.links.participant, 'Sam', 'Owl')
  const page = pat.page

  await openPicturesByKeyboard(page)
  await page.keyboard.type('bus')
  await expect(page.getByRole('status').filter({ hasText: /pictures? found/ })).not.toBeEmpty()
  await page.keyboard.press('Tab') // "Add as": a picture (chosen)
  await page.keyboard.press('Tab') // the first picture found
  const bus = page.getByRole('button', { name: 'Bus', exact: true })
  await expect(bus).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('announcer')).toHaveText('Added the picture: Bus.')
  await page.keyboard.press('Space')

  // Two buses, named for screen readers and read-aloud, served by WeSee, the
  // first in the middle of the view and the second stepped aside from it.
  const images = await imagesOnBoard(page)
  expect(images.map(({ altText, src }) => ({ altText, src }))).toEqual([
    { altText: 'Bus', src: '/pictures/1F68C.svg' },
    { altText: 'Bus', src: '/pictures/1F68C.svg' },
  ])
  const centre = await viewCentre(page)
  expect(images[0]!.centre.x).toBeCloseTo(centre.x, 0)
  expect(images[0]!.centre.y).toBeCloseTo(centre.y, 0)
  expect(images[1]!.centre.x - images[0]!.centre.x).toBeCloseTo(24, 0)

  await expect
    .poll(async () => (await imagesOnBoard(sam.page)).map((image) => image.altText))
    .toEqual(['Bus', 'Bus'])
  const drawn = sam.page.locator('.tl-canvas img[src="/pictures/1F68C.svg"]').first()
  await expect(drawn).toBeVisible()
  expect(await drawn.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)

  // Escape closes the panel and gives focus back to its button.
  await bus.focus()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('searchbox', { name: 'Find a picture' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Add a picture', exact: true })).toBeFocused()
})

test('a picture goes into the selected frame, and groups show pictures in plain words', async ({
  createBoard,
  newPerson,
}) => {
  const board = await createBoard('Frames', 'exploration')
  const pat = new BoardPageObject(await newPerson())
  await pat.open(board.links.participant, 'Pat')
  const page = pat.page
  await page.evaluate((id) => {
    window.editor!.select(id as never)
  }, youSee)

  await openPicturesByKeyboard(page)
  await expect(page.getByText('Choose a picture to put it in "What do you see?".')).toBeVisible()
  const health = page.getByRole('button', { name: 'Health and care' })
  await health.click()
  await expect(health).toHaveAttribute('aria-pressed', 'true')
  const doctor = page
    .getByRole('list', { name: 'Health and care' })
    .getByRole('button', { name: 'Doctor', exact: true })
  await doctor.focus()
  await page.keyboard.press('Enter')

  const doctorImage = (await imagesOnBoard(page)).find((image) => image.altText === 'Doctor')
  expect(doctorImage?.parentId).toBe(youSee)
  const frame = await page.evaluate((id) => {
    const { x, y, w, h } = window.editor!.getShapePageBounds(id as never)!
    return { x, y, w, h }
  }, youSee)
  // At a free spot inside the frame, under its prompt (not on top of it).
  expect(doctorImage!.centre.x).toBeGreaterThan(frame.x)
  expect(doctorImage!.centre.x).toBeLessThan(frame.x + frame.w)
  expect(doctorImage!.centre.y).toBeGreaterThan(frame.y + 200)
  expect(doctorImage!.centre.y).toBeLessThan(frame.y + frame.h)

  // Searches by everyday words find the pictures people would look for.
  const search = page.getByRole('searchbox', { name: 'Find a picture' })
  const results = page.getByRole('list', { name: 'Pictures found' })
  const searches: Array<[string, string]> = [
    ['doctor', 'Doctor'],
    ['sad', 'Sad'],
    ['money', 'Money'],
  ]
  for (const [word, name] of searches) {
    await search.fill(word)
    await expect(results.getByRole('button', { name, exact: true })).toBeVisible()
  }
  await search.fill('zzzz')
  await expect(page.getByText('No pictures for "zzzz". Try another word.')).toBeVisible()
  await search.fill('')

  const axe = await new AxeBuilder({ page }).include('.pictures-panel').analyze()
  expect(axe.violations).toEqual([])
})

test('a picture dragged from the panel lands where it is dropped', async ({ createBoard, newPerson }) => {
  const board = await createBoard('Drag')
  const pat = new BoardPageObject(await newPerson())
  await pat.open(board.links.participant, 'Pat')
  const page = pat.page
  await page.getByRole('button', { name: 'Add a picture', exact: true }).click()
  await page.getByRole('searchbox', { name: 'Find a picture' }).fill('house')
  await page
    .getByRole('list', { name: 'Pictures found' })
    .getByRole('button', { name: 'House', exact: true })
    .dragTo(page.locator('.tl-canvas'), { targetPosition: { x: 900, y: 400 } })

  await expect.poll(async () => (await imagesOnBoard(page)).map((image) => image.altText)).toEqual(['House'])
  // The canvas sits between the top and bottom regions: its corner is not the window's.
  const canvas = (await page.locator('.tl-canvas').boundingBox())!
  const dropped = await page.evaluate((point) => window.editor!.screenToPage(point).toJson(), {
    x: canvas.x + 900,
    y: canvas.y + 400,
  })
  const [house] = await imagesOnBoard(page)
  expect(house!.centre.x).toBeCloseTo(dropped.x, -1)
  expect(house!.centre.y).toBeCloseTo(dropped.y, -1)
})

test('a picture note with a word appears on another participant’s screen, resizes and exports', async ({
  createBoard,
  newPerson,
}) => {
  const board = await createBoard('Picture notes')
  const pat = new BoardPageObject(await newPerson())
  await pat.open(board.links.participant, 'Pat')
  const sam = new BoardPageObject(await newPerson())
  await sam.open(board.links.participant, 'Sam', 'Owl')
  const page = pat.page

  await page.getByRole('button', { name: 'Add a picture', exact: true }).click()
  await page.getByRole('radio', { name: /A picture note/ }).check()
  await page.getByRole('searchbox', { name: 'Find a picture' }).fill('doctor')
  await page
    .getByRole('list', { name: 'Pictures found' })
    .getByRole('button', { name: 'Doctor', exact: true })
    .click()
  // The new note is ready for words at once.
  await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA')
  await page.keyboard.type('Long wait')
  await page.keyboard.press('Escape')

  const expected = { text: 'Long wait', picture: { src: '/pictures/E300.svg', name: 'Doctor' } }
  await expect
    .poll(async () => (await pictureNotesOnBoard(sam.page)).map(({ text, picture }) => ({ text, picture })), {
      timeout: 2_000,
    })
    .toEqual([expected])
  const onSamsScreen = sam.page.locator('.picture-note')
  await expect(onSamsScreen).toContainText('Long wait')
  await expect(onSamsScreen.getByRole('img', { name: 'Doctor' })).toBeVisible()

  // Resizing by its corner handle: it grows for everyone.
  const [note] = await pictureNotesOnBoard(page)
  await page.evaluate((id) => {
    window.editor!.select(id as never)
  }, note!.id)
  const corner = await page.evaluate((id) => {
    const editor = window.editor!
    const bounds = editor.getShapePageBounds(id as never)!
    return editor.pageToScreen({ x: bounds.maxX, y: bounds.maxY }).toJson()
  }, note!.id)
  await page.mouse.move(corner.x, corner.y)
  await page.mouse.down()
  await page.mouse.move(corner.x + 60, corner.y + 60, { steps: 5 })
  await page.mouse.up()
  await expect.poll(async () => (await pictureNotesOnBoard(sam.page))[0]!.w).toBeGreaterThan(note!.w + 30)

  // It exports like any other shape, with the picture inside the file.
  const svg = await page.evaluate(
    async (id) => (await window.editor!.getSvgString([id as never]))?.svg ?? '',
    note!.id,
  )
  expect(svg).toContain('Long wait')
  expect(svg).toContain('data:image/svg+xml')
  expect(svg).toContain('<title>Doctor</title>')
})

test('a picture added to a sticky note turns it into a picture note with the same words', async ({
  createBoard,
  newPerson,
}) => {
  const board = await createBoard('Note to picture note')
  const pat = new BoardPageObject(await newPerson())
  await pat.open(board.links.participant, 'Pat')
  const sam = new BoardPageObject(await newPerson())
  await sam.open(board.links.participant, 'Sam', 'Owl')
  const page = pat.page

  await pat.addNote('Bus was late')
  const noteId: string = await page.evaluate(
    () => window.editor!.getCurrentPageShapes().find((shape) => shape.type === 'note')!.id as string,
  )
  await page.evaluate((id) => {
    window.editor!.select(id as never)
  }, noteId)
  await page.getByRole('button', { name: 'Add a picture', exact: true }).click()
  await page.getByRole('radio', { name: /A picture note/ }).check()
  await expect(page.getByText('Choose a picture to put it on the note you chose.')).toBeVisible()
  await page.getByRole('searchbox', { name: 'Find a picture' }).fill('bus')
  await page
    .getByRole('list', { name: 'Pictures found' })
    .getByRole('button', { name: 'Bus', exact: true })
    .click()

  await expect
    .poll(() => pictureNotesOnBoard(sam.page))
    .toEqual([
      expect.objectContaining({
        id: noteId,
        text: 'Bus was late',
        picture: { src: '/pictures/1F68C.svg', name: 'Bus' },
      }),
    ])
  expect(await sam.noteTexts()).toEqual([])
})
