import { expect, test } from 'vitest'
import { maxPictureSide, pixelRatioFor } from './pictureSize.ts'

test('a picture that fits is drawn at the sharpness asked for', () => {
  expect(pixelRatioFor(1600, 900)).toBe(2)
  expect(pixelRatioFor(4000, 4000)).toBe(2)
  expect(pixelRatioFor(1600, 900, 1)).toBe(1)
})

test('the whole board is scaled down so its longest side is 8,000 pixels', () => {
  const ratio = pixelRatioFor(28_064, 1_064)
  expect(Math.floor(28_064 * ratio)).toBe(maxPictureSide)
  expect(Math.floor(1_064 * ratio)).toBeLessThan(maxPictureSide)
  // A tall picture: the height is the longest side.
  expect(Math.floor(20_000 * pixelRatioFor(500, 20_000))).toBe(maxPictureSide)
})

test('just over the limit is scaled, just under is not', () => {
  expect(pixelRatioFor(4000, 10)).toBe(2)
  expect(pixelRatioFor(4001, 10)).toBeLessThan(2)
  expect(pixelRatioFor(8000, 10, 1)).toBe(1)
})

test('a picture with no size keeps the sharpness asked for', () => {
  expect(pixelRatioFor(0, 0)).toBe(2)
  expect(pixelRatioFor(Number.NaN, 10)).toBe(2)
})
