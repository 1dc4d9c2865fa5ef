import fs from 'node:fs'
import { describe, expect, test } from 'vitest'
import { readError, startAssetTestServer, type AssetTestServer } from '../helpers/assetTestServer.ts'
import { gifImage, htmlPage, jpegImage, pngImage, svgImage, webpImage } from '../helpers/testImages.ts'

/** Nothing refused may leave a file behind, not even a temporary one. */
function expectNothingStored(server: AssetTestServer): void {
  expect(fs.readdirSync(server.assetsDir)).toEqual([])
}

describe('uploads that are refused', () => {
  test.each([
    ['an SVG', svgImage, 'image/svg+xml'],
    ['an HTML page renamed to .png', htmlPage, 'image/png'],
    ['plain text', Buffer.from('just some words'), 'text/plain'],
  ])('%s is refused with a plain message', async (_name, bytes, contentType) => {
    const server = await startAssetTestServer()
    const board = await server.createBoard()

    const error = await readError(await server.upload(board.id, board.keys.participant, bytes, contentType))

    expect(error).toEqual({
      status: 400,
      code: 'bad_request',
      message: 'We can only take photos and pictures in PNG, JPEG, GIF or WebP.',
    })
    expectNothingStored(server)
  })

  test.each([
    ['PNG', pngImage(8, 8)],
    ['JPEG', jpegImage],
    ['GIF', gifImage()],
    ['WebP', webpImage],
  ])('a %s cut short is refused as broken', async (_name, bytes) => {
    const server = await startAssetTestServer()
    const board = await server.createBoard()
    const truncated = bytes.subarray(0, bytes.length - 3)

    const error = await readError(
      await server.upload(board.id, board.keys.participant, truncated, 'image/png'),
    )

    expect(error).toMatchObject({ status: 400, code: 'bad_request' })
    expect(error.message).toMatch(/broken or cut short/)
    expectNothingStored(server)
  })

  test('an empty body is refused', async () => {
    const server = await startAssetTestServer()
    const board = await server.createBoard()
    const error = await readError(await server.upload(board.id, board.keys.participant, new Uint8Array(0)))
    expect(error).toMatchObject({ status: 400, code: 'bad_request' })
  })

  test('a file over the size limit is refused with 413 and says the limit', async () => {
    const server = await startAssetTestServer({ limits: { maxUploadBytes: 512 } })
    const board = await server.createBoard()
    expect(jpegImage.length).toBeGreaterThan(512)

    const error = await readError(
      await server.upload(board.id, board.keys.participant, jpegImage, 'image/jpeg'),
    )

    expect(error).toMatchObject({ status: 413, code: 'too_large' })
    expect(error.message).toMatch(/too big/)
    expect(error.message).toMatch(/The most we can take is 512 bytes\./)
    expectNothingStored(server)
  })

  test('a file at the size limit is taken', async () => {
    const photo = pngImage(2, 2)
    const server = await startAssetTestServer({ limits: { maxUploadBytes: photo.length } })
    const board = await server.createBoard()
    const response = await server.upload(board.id, board.keys.participant, photo, 'image/png')
    expect(response.status).toBe(201)
  })

  test('an image wider than the limit is refused with 413', async () => {
    const server = await startAssetTestServer({ limits: { maxImageSide: 100 } })
    const board = await server.createBoard()

    const error = await readError(
      await server.upload(board.id, board.keys.participant, pngImage(101, 1), 'image/png'),
    )

    expect(error).toMatchObject({ status: 413, code: 'too_large' })
    expect(error.message).toMatch(/101 by 1 pixels/)
    expectNothingStored(server)
  })

  test('an image with more pixels than the limit is refused, whatever its sides', async () => {
    const server = await startAssetTestServer({ limits: { maxImagePixels: 100 } })
    const board = await server.createBoard()
    const error = await readError(await server.upload(board.id, board.keys.participant, gifImage(11, 10)))
    expect(error).toMatchObject({ status: 413, code: 'too_large' })
    expectNothingStored(server)
  })

  test('the default limit refuses a picture 8001 pixels wide', async () => {
    const server = await startAssetTestServer()
    const board = await server.createBoard()
    const error = await readError(await server.upload(board.id, board.keys.participant, pngImage(8001, 1)))
    expect(error).toMatchObject({ status: 413, code: 'too_large' })
  })

  test("a viewer's upload is refused with 403", async () => {
    const server = await startAssetTestServer()
    const board = await server.createBoard()
    const error = await readError(await server.upload(board.id, board.keys.viewer, pngImage(), 'image/png'))
    expect(error).toMatchObject({ status: 403, code: 'forbidden' })
    expectNothingStored(server)
  })

  test("an upload with another board's key is refused with 401", async () => {
    const server = await startAssetTestServer()
    const board = await server.createBoard()
    const other = await server.createBoard()

    for (const key of [other.keys.participant, other.keys.facilitator]) {
      const error = await readError(await server.upload(board.id, key, pngImage(), 'image/png'))
      expect(error).toMatchObject({ status: 401, code: 'unauthorized' })
    }
    expectNothingStored(server)
  })

  test('who is asking is checked before a big body is read: a viewer gets 403, not 413', async () => {
    const server = await startAssetTestServer({ limits: { maxUploadBytes: 1024 } })
    const board = await server.createBoard()
    const big = Buffer.concat([pngImage(), Buffer.alloc(4 * 1024 * 1024)])
    const error = await readError(await server.upload(board.id, board.keys.viewer, big, 'image/png'))
    expect(error).toMatchObject({ status: 403, code: 'forbidden' })
  })

  test('an upload with no key is refused with 401', async () => {
    const server = await startAssetTestServer()
    const board = await server.createBoard()
    const error = await readError(await server.upload(board.id, null, pngImage(), 'image/png'))
    expect(error).toMatchObject({ status: 401, code: 'unauthorized' })
  })

  test('an upload to an unknown board is refused with 404', async () => {
    const server = await startAssetTestServer()
    const board = await server.createBoard()
    const error = await readError(await server.upload('nosuchboard1', board.keys.participant, pngImage()))
    expect(error).toMatchObject({ status: 404, code: 'not_found' })
  })

  test('too many uploads from one address in a minute get 429', async () => {
    const server = await startAssetTestServer({ limits: { maxUploadsPerIpPerMinute: 2 } })
    const board = await server.createBoard()
    const statuses = []
    for (const shade of [1, 2, 3]) {
      const response = await server.upload(board.id, board.keys.participant, pngImage(2, 2, shade))
      statuses.push(response.status)
      if (response.status === 429) expect(await readError(response)).toMatchObject({ code: 'too_many' })
    }
    expect(statuses).toEqual([201, 201, 429])
  })
})
