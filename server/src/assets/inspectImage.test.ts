import { describe, expect, test } from 'vitest'
import {
  gifImage,
  htmlPage,
  jpegImage,
  pngImage,
  svgImage,
  webpImage,
  webpLossless,
  webpLossy,
  webpWithAlpha,
} from '../../test/helpers/testImages.ts'
import { inspectImage } from './inspectImage.ts'

describe('inspectImage', () => {
  test.each([
    ['PNG', pngImage(5, 3), 'image/png', 5, 3],
    ['GIF', gifImage(), 'image/gif', 1, 1],
    ['JPEG', jpegImage, 'image/jpeg', 3, 2],
    ['extended WebP', webpImage, 'image/webp', 3, 2],
    ['lossy WebP', webpLossy, 'image/webp', 1, 1],
    ['lossless WebP', webpLossless, 'image/webp', 1, 1],
    ['WebP with alpha', webpWithAlpha, 'image/webp', 1, 1],
  ])('reads the type and size of a %s from its bytes', (_name, bytes, mimeType, width, height) => {
    expect(inspectImage(bytes)).toEqual({ ok: true, image: { mimeType, width, height } })
  })

  test('reads the size a GIF header claims', () => {
    expect(inspectImage(gifImage(640, 480))).toEqual({
      ok: true,
      image: { mimeType: 'image/gif', width: 640, height: 480 },
    })
  })

  test.each([
    ['SVG', svgImage],
    ['HTML', htmlPage],
    ['text', Buffer.from('hello')],
    ['PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n')],
    ['BMP', Buffer.from('BM\x36\x00\x00\x00\x00\x00\x00\x00\x36\x00\x00\x00', 'latin1')],
    ['nothing', Buffer.alloc(0)],
  ])('refuses %s as not a picture we take', (_name, bytes) => {
    expect(inspectImage(bytes)).toEqual({ ok: false, problem: 'unsupported' })
  })

  test.each([
    ['PNG', pngImage(4, 4)],
    ['GIF', gifImage()],
    ['JPEG', jpegImage],
    ['WebP', webpImage],
    ['lossless WebP', webpLossless],
  ])('finds a %s cut short at any point damaged', (_name, bytes) => {
    // Every prefix that still starts like the format must be caught, wherever the cut falls.
    for (let length = 1; length < bytes.length; length++) {
      const check = inspectImage(bytes.subarray(0, length))
      expect(check.ok, `cut at ${length} of ${bytes.length} bytes`).toBe(false)
    }
  })

  test('finds a PNG without image data damaged', () => {
    const png = pngImage(2, 2)
    // Signature + IHDR (8 + 25 bytes), then straight to the last 12 bytes (IEND).
    const withoutData = Buffer.concat([png.subarray(0, 33), png.subarray(png.length - 12)])
    expect(inspectImage(withoutData)).toEqual({ ok: false, problem: 'damaged' })
  })

  test('finds a PNG whose chunk claims more bytes than it has damaged', () => {
    const png = Buffer.from(pngImage(2, 2))
    png.writeUInt32BE(0x7fff_0000, 33) // the IDAT length
    expect(inspectImage(png)).toEqual({ ok: false, problem: 'damaged' })
  })

  test('finds a zero-sized image damaged', () => {
    expect(inspectImage(pngImage(0, 0))).toEqual({ ok: false, problem: 'damaged' })
  })

  test('accepts bytes after a JPEG ends, as some phones add', () => {
    const withTrailer = Buffer.concat([jpegImage, Buffer.from('SEFT trailer data')])
    expect(inspectImage(withTrailer)).toMatchObject({ ok: true, image: { mimeType: 'image/jpeg' } })
  })

  test('reads a view into a larger buffer', () => {
    const padded = Buffer.concat([Buffer.from('xxxx'), pngImage(2, 3)])
    expect(inspectImage(new Uint8Array(padded.buffer, padded.byteOffset + 4, padded.length - 4))).toEqual({
      ok: true,
      image: { mimeType: 'image/png', width: 2, height: 3 },
    })
  })
})
