import type { UploadedAsset } from '@wesee/shared'
import { describe, expect, test } from 'vitest'
import { readError, startAssetTestServer } from '../helpers/assetTestServer.ts'
import { pngImage, webpImage } from '../helpers/testImages.ts'

describe('GET /api/assets/:hash', () => {
  test('serves the stored bytes with their real type, nosniff, no scripts and a long cache', async () => {
    const server = await startAssetTestServer()
    const board = await server.createBoard()
    const upload = (await (
      await server.upload(board.id, board.keys.participant, webpImage, 'image/webp')
    ).json()) as UploadedAsset

    const response = await fetch(`${server.url}${upload.src}`)

    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/webp')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'")
    expect(response.headers.get('cache-control')).toMatch(/max-age=31536000/)
    expect(response.headers.get('cache-control')).toMatch(/immutable/)
    expect(Buffer.from(await response.arrayBuffer()).equals(webpImage)).toBe(true)

    // A browser that has it asks only whether it is still the same: no bytes again.
    const etag = response.headers.get('etag')
    expect(etag).toBe(`"${upload.hash}"`)
    const again = await fetch(`${server.url}${upload.src}`, { headers: { 'if-none-match': etag! } })
    expect(again.status).toBe(304)
    expect((await again.arrayBuffer()).byteLength).toBe(0)
    const otherTag = await fetch(`${server.url}${upload.src}`, { headers: { 'if-none-match': '"not-it"' } })
    expect(otherTag.status).toBe(200)
  })

  test('needs no key, so an <img> on the board can show it', async () => {
    const server = await startAssetTestServer()
    const board = await server.createBoard()
    const { src } = (await (
      await server.upload(board.id, board.keys.participant, pngImage(), 'image/png')
    ).json()) as UploadedAsset
    const response = await fetch(`${server.url}${src}`, { headers: {} })
    expect(response.status).toBe(200)
  })

  test('an uploaded image is still there after a restart', async () => {
    const server = await startAssetTestServer()
    const board = await server.createBoard()
    const photo = pngImage(3, 3, 0x10)
    const { src } = (await (
      await server.upload(board.id, board.keys.participant, photo, 'image/png')
    ).json()) as UploadedAsset

    const restarted = await server.restart()
    const response = await fetch(`${restarted.url}${src}`)

    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await response.arrayBuffer()).equals(photo)).toBe(true)
  })

  test('an unknown hash is a 404 in the usual error shape', async () => {
    const server = await startAssetTestServer()
    const response = await fetch(`${server.url}/api/assets/${'a'.repeat(64)}`)
    expect(await readError(response)).toMatchObject({ status: 404, code: 'not_found' })
  })

  test.each([
    ['too short', 'abc123'],
    ['upper case', 'A'.repeat(64)],
    ['with an extension', `${'a'.repeat(64)}.png`],
    ['a path out of the folder', '..%2F..%2Fwesee.sqlite'],
    ['the database', 'wesee.sqlite'],
    ['a dot', '.'],
  ])('a malformed hash (%s) is a 404', async (_name, hash) => {
    const server = await startAssetTestServer()
    const board = await server.createBoard()
    await server.upload(board.id, board.keys.participant, pngImage(), 'image/png')

    const response = await fetch(`${server.url}/api/assets/${hash}`)

    expect(await readError(response)).toMatchObject({ status: 404, code: 'not_found' })
  })
})
