import { expect, test } from 'vitest'
import { timerSignalBetween } from './timerSignal.ts'

test('passing one minute left is said once, on the way down', () => {
  expect(timerSignalBetween(60_250, 60_000)).toBe('one-minute-left')
  expect(timerSignalBetween(61_000, 59_750)).toBe('one-minute-left')
  expect(timerSignalBetween(60_000, 59_750)).toBeNull()
  expect(timerSignalBetween(59_000, 58_750)).toBeNull()
})

test('the end is said when the time reaches zero, even after a long sleep', () => {
  expect(timerSignalBetween(250, 0)).toBe('time-is-up')
  expect(timerSignalBetween(300_000, 0)).toBe('time-is-up')
  expect(timerSignalBetween(0, 0)).toBeNull()
})
