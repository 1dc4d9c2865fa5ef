import { expect, test } from 'vitest'
import { formatTimeLeft, timerRemainingMs, type TimerState } from './TimerState.ts'

const running: TimerState = {
  status: 'running',
  durationMs: 60_000,
  endsAt: 100_000,
  remainingMs: 60_000,
  changedAt: 40_000,
}

test('a running timer counts to its end time and stops at zero', () => {
  expect(timerRemainingMs(running, 70_000)).toBe(30_000)
  expect(timerRemainingMs(running, 100_000)).toBe(0)
  expect(timerRemainingMs(running, 500_000)).toBe(0)
})

test('a paused timer keeps the time it had, whatever the clock says', () => {
  const paused: TimerState = { ...running, status: 'paused', endsAt: null, remainingMs: 12_345 }
  expect(timerRemainingMs(paused, 0)).toBe(12_345)
  expect(timerRemainingMs(paused, 1e12)).toBe(12_345)
})

test('time left reads as minutes and seconds, rounded up', () => {
  expect(formatTimeLeft(185_000)).toBe('3:05')
  expect(formatTimeLeft(8_001)).toBe('0:09')
  expect(formatTimeLeft(720_000)).toBe('12:00')
  expect(formatTimeLeft(0)).toBe('0:00')
  expect(formatTimeLeft(-5)).toBe('0:00')
})
