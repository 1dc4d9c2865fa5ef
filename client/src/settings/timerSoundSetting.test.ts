import { expect, test } from 'vitest'
import { decodeMySettings, defaultMySettings } from './mySettings.ts'

test('the timer sound is off unless the person turned it on', () => {
  expect(decodeMySettings(null).timerSound).toBe(false)
  expect(decodeMySettings({ readAloudRate: 1 }).timerSound).toBe(false)
  expect(decodeMySettings({ timerSound: 'yes' }).timerSound).toBe(false)
  expect(decodeMySettings({ timerSound: true }).timerSound).toBe(true)
  expect(decodeMySettings({ timerSound: true, readAloudRate: 0.8 })).toEqual({
    ...defaultMySettings,
    timerSound: true,
    readAloudRate: 0.8,
  })
})
