import { BoardPageObject } from '../support/BoardPageObject.ts'
import { expect, test } from '../support/fixtures.ts'
import { addPhotoWithButton, imagesOnBoard, pngMadeInBrowser } from '../support/pictures.ts'
import { startServerProcess } from '../support/serverProcess.ts'
import type { CreatedBoard } from '@wesee/shared'
import { boardButton, openMore } from '../support/menus.ts'

const uploaded = /^\/api\/assets\/[0-9a-f]{64}$/

async function uploadedSrcs(page: BoardPageObject['page']): Promise<string[]> {
  return (await imagesOnBoard(page)).map((image) => image.src ?? '').filter((src) => uploaded.test(src))
}

/** The natural size of the image a board shows at `src`, as the browser decodes it. */
function decodedSize(page: BoardPageObject['page'], src: string) {
  return page.evaluate(async (address) => {
    const response = await fetch(address)
    const bitmap = await createImageBitmap(await response.blob())
    return { width: bitmap.width, height: bitmap.height, type: response.headers.get('content-type') }
  }, src)
}

test('a photo added with the file picker reaches the other screen and is still there after a server restart', async ({
  newPerson,
}) => {
  const server = await startServerProcess()
  try {
    const response = await fetch(`${server.url}/api/boards`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Drawings' }),
    })
    const board = (await response.json()) as CreatedBoard
    const pat = new BoardPageObject(await newPerson())
    await pat.open(board.links.participant, 'Pat')
    const sam = new BoardPageObject(await newPerson())
    await sam.open(board.links.participant, 'Sam', 'Owl')

    const png = await pngMadeInBrowser(pat.page, 40, 30)
    await addPhotoWithButton(pat.page, { name: 'drawing.png', mimeType: 'image/png', buffer: png })

    // The board holds the server's address for it, never the bytes.
    await expect.poll(() => uploadedSrcs(pat.page)).toHaveLength(1)
    const [src] = await uploadedSrcs(pat.page)
    await expect.poll(() => uploadedSrcs(sam.page), { timeout: 2_000 }).toEqual([src])
    const onSamsScreen = sam.page.locator(`.tl-canvas img[src="${src}"]`)
    await expect(onSamsScreen).toBeVisible()
    expect(await onSamsScreen.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(40)

    // A crash and a restart lose nothing: a newcomer sees the photo.
    await server.restart('SIGKILL')
    const kim = new BoardPageObject(await newPerson())
    await kim.open(board.links.participant, 'Kim', 'Fox')
    await expect.poll(() => uploadedSrcs(kim.page)).toEqual([src])
    expect(await decodedSize(kim.page, src!)).toEqual({ width: 40, height: 30, type: 'image/png' })
    await expect(kim.page.locator(`.tl-canvas img[src="${src}"]`)).toBeVisible()
  } finally {
    await server.stop()
  }
})

test('a big photo is made smaller before it is sent', async ({ createBoard, newPerson }) => {
  const board = await createBoard('Big photo')
  const pat = new BoardPageObject(await newPerson())
  await pat.open(board.links.participant, 'Pat')
  const big = await pngMadeInBrowser(pat.page, 3000, 1200)
  const sent: number[] = []
  pat.page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/assets'))
      sent.push(request.postDataBuffer()?.length ?? 0)
  })

  await addPhotoWithButton(pat.page, { name: 'phone-photo.png', mimeType: 'image/png', buffer: big })

  await expect.poll(() => uploadedSrcs(pat.page)).toHaveLength(1)
  const [src] = await uploadedSrcs(pat.page)
  const stored = await decodedSize(pat.page, src!)
  expect({ width: stored.width, height: stored.height }).toEqual({ width: 2000, height: 800 })
  expect(sent).toHaveLength(1)
})

test('a photo dropped on the board or pasted goes up to the server the same way', async ({
  createBoard,
  newPerson,
}) => {
  const board = await createBoard('Drop and paste')
  const page = await newPerson()
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  const pat = new BoardPageObject(page)
  await pat.open(board.links.participant, 'Pat')

  // Dropped from the computer's files onto the canvas.
  const dropped = await pngMadeInBrowser(page, 30, 20)
  const files = await page.evaluateHandle(
    (bytes) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([new Uint8Array(bytes)], 'dropped.png', { type: 'image/png' }))
      return transfer
    },
    [...dropped],
  )
  await page.locator('.tl-canvas').dispatchEvent('drop', { dataTransfer: files, clientX: 600, clientY: 400 })
  await expect.poll(() => uploadedSrcs(page)).toHaveLength(1)

  // Copied from another app and pasted with Ctrl+V.
  await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(25, 25)
    const context = canvas.getContext('2d')!
    context.fillStyle = '#c2410c'
    context.fillRect(0, 0, 25, 25)
    const blob = await canvas.convertToBlob({ type: 'image/png' })
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })])
  })
  await page.locator('.tl-canvas').click({ position: { x: 300, y: 300 } })
  await page.keyboard.press('Control+V')
  await expect.poll(() => uploadedSrcs(page)).toHaveLength(2)
  const sizes = await Promise.all((await uploadedSrcs(page)).map((src) => decodedSize(page, src)))
  expect(sizes.map(({ width, height }) => `${width}x${height}`).sort()).toEqual(['25x25', '30x20'])
})

test('a refused SVG shows the server’s plain words and leaves nothing behind', async ({
  createBoard,
  newPerson,
}) => {
  const board = await createBoard('Refused')
  const pat = new BoardPageObject(await newPerson())
  await pat.open(board.links.participant, 'Pat')
  const sam = new BoardPageObject(await newPerson())
  await sam.open(board.links.participant, 'Sam', 'Owl')
  const refusals: number[] = []
  pat.page.on('response', (response) => {
    if (response.url().endsWith('/assets')) refusals.push(response.status())
  })

  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>'
  await addPhotoWithButton(pat.page, {
    name: 'drawing.svg',
    mimeType: 'image/svg+xml',
    buffer: Buffer.from(svg),
  })

  const notice = pat.page.getByRole('alert').filter({ hasText: 'We can only take' })
  await expect(notice).toHaveText(/We can only take photos and pictures in PNG, JPEG, GIF or WebP\./)
  expect(refusals).toEqual([400])
  await expect.poll(() => imagesOnBoard(pat.page)).toEqual([])
  // The removal reaches Sam a moment later (local edits are batched every 100 ms).
  await expect.poll(() => imagesOnBoard(sam.page)).toEqual([])

  await notice.getByRole('button', { name: 'OK' }).click()
  await expect(pat.page.getByTestId('photo-problem')).toBeEmpty()
})

test('a viewer has no picture or photo buttons, but can read aloud', async ({ createBoard, newPerson }) => {
  const board = await createBoard('Watching')
  const page = await newPerson()
  const viewer = new BoardPageObject(page)
  await page.goto(board.links.viewer)
  await viewer.waitForEditor()
  await expect(page.getByRole('button', { name: 'Read aloud' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Add a photo' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Add a picture', exact: true })).toHaveCount(0)
})

test('on a phone, "Take a photo" opens the camera', async ({ createBoard, browser }) => {
  const board = await createBoard('Phone')
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  })
  try {
    const phone = new BoardPageObject(await context.newPage())
    await phone.open(board.links.participant, 'Pat')
    // On a phone the photo buttons are in "More".
    await openMore(phone.page)
    const camera = phone.page.getByTestId('take-photo-input')
    await expect(camera).toHaveAttribute('capture', 'environment')
    await expect(camera).toHaveAttribute('accept', 'image/*')
    const chooser = phone.page.waitForEvent('filechooser')
    await (await boardButton(phone.page, 'Take a photo')).click()
    const png = await pngMadeInBrowser(phone.page, 20, 20)
    await (await chooser).setFiles({ name: 'camera.png', mimeType: 'image/png', buffer: png })
    await expect.poll(() => uploadedSrcs(phone.page)).toHaveLength(1)
  } finally {
    await context.close()
  }
})
