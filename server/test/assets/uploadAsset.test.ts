import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { UploadedAsset } from '@wesee/shared'
import { describe, expect, test } from 'vitest'
import { startAssetTestServer } from '../helpers/assetTestServer.ts'
import { gifImage, jpegImage, pngImage, webpImage, webpLossless } from '../helpers/testImages.ts'

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

describe('POST /api/boards/:id/assets', () => {
  test.each([
    ['PNG', pngImage(4, 3), 'image/png', 4, 3],
    ['JPEG', jpegImage, 'image/jpeg', 3, 2],
    ['GIF', gifImage(), 'image/gif', 1, 1],
    ['WebP', webpImage, 'image/webp', 3, 2],
    ['lossless WebP', webpLossless, 'image/webp', 1, 1],
  ])(
    'stores a %s by its content hash and answers 201 {src}',
    async (_name, bytes, mimeType, width, height) => {
      const server = await startAssetTestServer()
      const board = await server.createBoard()

      const response = await server.upload(board.id, board.keys.participant, bytes, mimeType)

      expect(response.status).toBe(201)
      const hash = sha256(bytes)
      expect(await response.json()).toEqual({
        src: `/api/assets/${hash}`,
        hash,
        mimeType,
        width,
        height,
        size: bytes.length,
      })
      expect(fs.readFileSync(path.join(server.assetsDir, hash)).equals(bytes)).toBe(true)
    },
  )

  test('a facilitator can upload too', async () => {
    const server = await startAssetTestServer()
    const board = await server.createBoard()
    const response = await server.upload(board.id, board.keys.facilitator, pngImage(), 'image/png')
    expect(response.status).toBe(201)
  })

  test('the same image twice is stored once, with the same src, even from another board', async () => {
    const server = await startAssetTestServer()
    const first = await server.createBoard()
    const second = await server.createBoard()
    const photo = pngImage(6, 6, 0x20)

    const answers = [
      await server.upload(first.id, first.keys.participant, photo, 'image/png'),
      await server.upload(first.id, first.keys.facilitator, photo, 'image/png'),
      await server.upload(second.id, second.keys.participant, photo, 'image/png'),
    ]

    const bodies = (await Promise.all(answers.map((answer) => answer.json()))) as UploadedAsset[]
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201])
    expect(new Set(bodies.map((body) => body.src))).toEqual(new Set([`/api/assets/${sha256(photo)}`]))
    expect(fs.readdirSync(server.assetsDir)).toEqual([sha256(photo)])
  })

  test('the same image sent at once by several people is stored once', async () => {
    const server = await startAssetTestServer()
    const board = await server.createBoard()
    const photo = pngImage(9, 9, 0x40)

    const answers = await Promise.all(
      Array.from({ length: 5 }, () => server.upload(board.id, board.keys.participant, photo, 'image/png')),
    )

    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201, 201, 201])
    expect(fs.readdirSync(server.assetsDir)).toEqual([sha256(photo)])
  })

  test('the type comes from the bytes, not from what the uploader declared', async () => {
    const server = await startAssetTestServer()
    const board = await server.createBoard()

    const response = await server.upload(board.id, board.keys.participant, jpegImage, 'image/png')

    expect(response.status).toBe(201)
    const body = (await response.json()) as UploadedAsset
    expect(body.mimeType).toBe('image/jpeg')
    const served = await fetch(`${server.url}${body.src}`)
    expect(served.headers.get('content-type')).toBe('image/jpeg')
  })

  test('different images are stored apart', async () => {
    const server = await startAssetTestServer()
    const board = await server.createBoard()
    await server.upload(board.id, board.keys.participant, pngImage(2, 2), 'image/png')
    await server.upload(board.id, board.keys.participant, gifImage(), 'image/gif')
    expect(fs.readdirSync(server.assetsDir).sort()).toEqual(
      [sha256(pngImage(2, 2)), sha256(gifImage())].sort(),
    )
  })
})
