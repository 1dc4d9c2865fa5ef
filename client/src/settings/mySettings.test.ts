import { describe, expect, test } from 'vitest'
import { decodeMySettings, defaultMySettings, nearestReadAloudSpeed, readAloudRates } from './mySettings.ts'

describe('decodeMySettings', () => {
  test('keeps a sensible reading speed', () => {
    expect(decodeMySettings({ readAloudRate: 0.8 })).toEqual({ ...defaultMySettings, readAloudRate: 0.8 })
  })

  test.each([null, 'fast', 42, {}, { readAloudRate: 'fast' }, { readAloudRate: 0.1 }, { readAloudRate: 9 }])(
    'falls back to the defaults for %j',
    (stored) => {
      expect(decodeMySettings(stored)).toEqual(defaultMySettings)
    },
  )
})

describe('nearestReadAloudSpeed', () => {
  test('names the offered speed closest to a rate', () => {
    expect(nearestReadAloudSpeed(readAloudRates.slow)).toBe('slow')
    expect(nearestReadAloudSpeed(1)).toBe('normal')
    expect(nearestReadAloudSpeed(0.85)).toBe('aLittleSlow')
    expect(nearestReadAloudSpeed(2)).toBe('fast')
  })
})

describe('display settings', () => {
  test('keeps valid display choices', () => {
    const stored = {
      easyMode: true,
      textSize: 'biggest',
      highContrast: true,
      reduceMotion: 'on',
      hideCursors: true,
    }
    expect(decodeMySettings(stored)).toEqual({ ...defaultMySettings, ...stored })
  })

  test.each([
    { easyMode: 'yes' },
    { textSize: 'huge' },
    { textSize: 3 },
    { highContrast: 1 },
    { reduceMotion: true },
    { hideCursors: null },
  ])('ignores a choice that makes no sense: %j', (stored) => {
    expect(decodeMySettings(stored)).toEqual(defaultMySettings)
  })
})
