import fs from 'node:fs'
import { describe, expect, test } from 'vitest'
import { readError, startAssetTestServer } from '../helpers/assetTestServer.ts'
import {
  animatedWebp,
  apngWithFrames,
  gifWithFrames,
  jpegClaiming,
  jpegWithExtraFrameHeader,
  webpWithBigBitstream,
} from '../helpers/testImages.ts'

/**
 * Pictures that say 1 × 1 where a viewer looks but make every browser on
 * the board allocate a huge frame. Each is refused with a plain message and
 * leaves nothing on disk.
 */
describe('picture bombs', () => {
  test.each([
    ['a JPEG whose one frame header says 65,000 × 65,000', jpegClaiming(65_000, 65_000), '65000 by 65000'],
    [
      'a GIF with a 65,535² frame on a 1 × 1 screen',
      gifWithFrames([
        [1, 1],
        [65_535, 65_535],
      ]),
      '65535 by 65535',
    ],
    ['an APNG with a 9,000 × 1 frame', apngWithFrames([[9_000, 1]]), '9000 by 1'],
    ['an animated WebP with a 16,000² frame', animatedWebp([1, 1], [[16_000, 16_000]]), '16000 by 16000'],
    [
      'a WebP whose bitstream is bigger than its canvas',
      webpWithBigBitstream(16_384, 16_384),
      '16384 by 16384',
    ],
  ])('%s is refused as too big', async (_name, bytes, size) => {
    const server = await startAssetTestServer()
    const board = await server.createBoard()

    const error = await readError(await server.upload(board.id, board.keys.participant, bytes))

    expect(error).toMatchObject({ status: 413, code: 'too_large' })
    expect(error.message).toBe(
      `That picture is too big (${size} pixels). Please make it smaller than 8000 by 8000 and try again.`,
    )
    expect(fs.readdirSync(server.assetsDir)).toEqual([])
  })

  test('a JPEG with two frame headers is refused as broken, whichever is first', async () => {
    const server = await startAssetTestServer()
    const board = await server.createBoard()

    for (const bytes of [jpegWithExtraFrameHeader(65_000, 65_000), jpegWithExtraFrameHeader(1, 1)]) {
      const error = await readError(await server.upload(board.id, board.keys.participant, bytes))
      expect(error).toEqual({
        status: 400,
        code: 'bad_request',
        message: 'That picture seems to be broken or cut short. Please try again, or choose another one.',
      })
    }
    expect(fs.readdirSync(server.assetsDir)).toEqual([])
  })

  test('the pixel limit counts each frame, not only the sides', async () => {
    const server = await startAssetTestServer({ limits: { maxImagePixels: 100 } })
    const board = await server.createBoard()
    const error = await readError(
      await server.upload(
        board.id,
        board.keys.participant,
        gifWithFrames([
          [1, 1],
          [11, 10],
        ]),
      ),
    )
    expect(error).toMatchObject({ status: 413, code: 'too_large' })
    expect(fs.readdirSync(server.assetsDir)).toEqual([])
  })

  test.each([
    [
      'GIF',
      gifWithFrames([
        [1, 1],
        [1, 1],
      ]),
    ],
    [
      'APNG',
      apngWithFrames([
        [1, 1],
        [1, 1],
      ]),
    ],
    [
      'WebP',
      animatedWebp(
        [2, 2],
        [
          [1, 1],
          [2, 2],
        ],
      ),
    ],
  ])('an ordinary animated %s within the limits is taken', async (_name, bytes) => {
    const server = await startAssetTestServer()
    const board = await server.createBoard()
    const response = await server.upload(board.id, board.keys.participant, bytes)
    expect(response.status).toBe(201)
  })
})
