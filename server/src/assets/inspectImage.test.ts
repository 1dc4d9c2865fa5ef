import { describe, expect, test } from 'vitest'
import {
  animatedWebp,
  apngWithFrames,
  gifImage,
  gifWithFrames,
  jpegClaiming,
  jpegWithExtraFrameHeader,
  losslessWebpClaiming,
  webpWithBigBitstream,
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
    expect(inspectImage(bytes)).toMatchObject({ ok: true, image: { mimeType, width, height } })
  })

  test('reads the size a GIF header claims', () => {
    expect(inspectImage(gifImage(640, 480))).toMatchObject({
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
    expect(
      inspectImage(new Uint8Array(padded.buffer, padded.byteOffset + 4, padded.length - 4)),
    ).toMatchObject({
      ok: true,
      image: { mimeType: 'image/png', width: 2, height: 3 },
    })
  })

  test('refuses a JPEG with a second frame header as damaged, whichever size comes first', () => {
    expect(inspectImage(jpegWithExtraFrameHeader(65_000, 65_000))).toEqual({ ok: false, problem: 'damaged' })
    expect(inspectImage(jpegWithExtraFrameHeader(3, 2))).toEqual({ ok: false, problem: 'damaged' })
  })

  test('reads the one frame header of a JPEG', () => {
    expect(inspectImage(jpegClaiming(65_000, 64_000))).toMatchObject({
      ok: true,
      image: { width: 65_000, height: 64_000 },
    })
  })

  test('lists every GIF frame, not only the screen', () => {
    const check = inspectImage(
      gifWithFrames([
        [1, 1],
        [65_535, 65_535],
      ]),
    )
    expect(check).toEqual({
      ok: true,
      image: { mimeType: 'image/gif', width: 1, height: 1 },
      frames: [
        { width: 1, height: 1 },
        { width: 1, height: 1 },
        { width: 65_535, height: 65_535 },
      ],
    })
  })

  test('lists every APNG frame control', () => {
    const check = inspectImage(
      apngWithFrames([
        [1, 1],
        [100_000, 3],
      ]),
    )
    expect(check).toMatchObject({ ok: true, image: { mimeType: 'image/png', width: 1, height: 1 } })
    expect(check.ok && check.frames).toContainEqual({ width: 100_000, height: 3 })
  })

  test('lists every animated WebP frame and its bitstream', () => {
    const check = inspectImage(
      animatedWebp(
        [1, 1],
        [
          [1, 1],
          [16_000, 16_000],
        ],
      ),
    )
    expect(check).toMatchObject({ ok: true, image: { mimeType: 'image/webp', width: 1, height: 1 } })
    expect(check.ok && check.frames).toContainEqual({ width: 16_000, height: 16_000 })
  })

  test('lists a WebP bitstream bigger than its canvas', () => {
    const check = inspectImage(webpWithBigBitstream(16_384, 16_384))
    expect(check).toMatchObject({ ok: true, image: { width: 1, height: 1 } })
    expect(check.ok && check.frames).toContainEqual({ width: 16_384, height: 16_384 })
  })

  test('reads a simple lossless WebP from its bitstream', () => {
    expect(inspectImage(losslessWebpClaiming(300, 200))).toEqual({
      ok: true,
      image: { mimeType: 'image/webp', width: 300, height: 200 },
      frames: [{ width: 300, height: 200 }],
    })
  })

  test.each([
    ['GIF', gifWithFrames([[2, 2]])],
    ['APNG', apngWithFrames([[1, 1]])],
    ['animated WebP', animatedWebp([2, 2], [[2, 2]])],
  ])('finds an animated %s cut short at any point damaged', (_name, bytes) => {
    for (let length = 1; length < bytes.length; length++) {
      expect(inspectImage(bytes.subarray(0, length)).ok, `cut at ${length} of ${bytes.length} bytes`).toBe(
        false,
      )
    }
  })
})
