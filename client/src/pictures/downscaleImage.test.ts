import { describe, expect, test } from 'vitest'
import { downscaledSize } from './downscaleImage.ts'

describe('downscaledSize', () => {
  test('leaves pictures that are small enough alone', () => {
    expect(downscaledSize(2000, 1500)).toBeNull()
    expect(downscaledSize(640, 480)).toBeNull()
  })

  test('shrinks a phone photo to 2000 on its longest side, keeping its shape', () => {
    expect(downscaledSize(4032, 3024)).toEqual({ width: 2000, height: 1500 })
    expect(downscaledSize(3024, 4032)).toEqual({ width: 1500, height: 2000 })
  })

  test('never makes a side zero', () => {
    expect(downscaledSize(10_000, 2)).toEqual({ width: 2000, height: 1 })
  })
})
