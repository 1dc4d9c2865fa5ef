import { expect, test } from 'vitest'
import { computeSessions, sessionMinutes } from './computeSessions.ts'

/** A fake clock: minutes after a fixed start, in ms. */
const t0 = Date.UTC(2025, 2, 4, 10, 0, 0)
const at = (minutes: number) => t0 + minutes * 60_000
const arrive = (minutes: number) => ({ kind: 'arrive' as const, at: at(minutes) })
const leave = (minutes: number) => ({ kind: 'leave' as const, at: at(minutes) })

test('one visit is one session of its length in minutes', () => {
  const sessions = computeSessions([arrive(0), leave(45)], at(120))
  expect(sessions).toEqual([{ start: at(0), end: at(45), ongoing: false }])
  expect(sessionMinutes(sessions[0]!)).toBe(45)
})

test('a gap under 10 minutes joins two visits into one session, and the gap counts as present', () => {
  const sessions = computeSessions([arrive(0), leave(20), arrive(29), leave(50)], at(120))
  expect(sessions).toHaveLength(1)
  expect(sessionMinutes(sessions[0]!)).toBe(50)
})

test('a gap of exactly 10 minutes or more starts a new session', () => {
  const sessions = computeSessions([arrive(0), leave(20), arrive(30), leave(40)], at(120))
  expect(sessions.map(sessionMinutes)).toEqual([20, 10])
})

test('someone still here has an ongoing session that ends now', () => {
  const sessions = computeSessions([arrive(0), leave(5), arrive(8)], at(33))
  expect(sessions).toEqual([{ start: at(0), end: at(33), ongoing: true }])
  expect(sessionMinutes(sessions[0]!)).toBe(33)
})

test('events out of order are sorted first, and minutes round to the nearest minute', () => {
  const sessions = computeSessions(
    [
      { kind: 'leave', at: at(10) + 29_000 },
      { kind: 'arrive', at: at(0) },
    ],
    at(60),
  )
  expect(sessionMinutes(sessions[0]!)).toBe(10)
  const longer = computeSessions([arrive(0), { kind: 'leave', at: at(10) + 31_000 }], at(60))
  expect(sessionMinutes(longer[0]!)).toBe(11)
})

test('an arrive with no leave (the server stopped) is not counted as time present', () => {
  // Arrived at 0, server crashed; came back at 120 and stayed 30 minutes.
  const sessions = computeSessions([arrive(0), arrive(120), leave(150)], at(200))
  expect(sessions.map(sessionMinutes)).toEqual([0, 30])
})

test('a stray leave with no arrive, and no events at all, give no time', () => {
  expect(computeSessions([leave(5)], at(10))).toEqual([])
  expect(computeSessions([], at(10))).toEqual([])
})

test('a custom gap can be given', () => {
  const sessions = computeSessions([arrive(0), leave(10), arrive(25), leave(30)], at(60), 20 * 60_000)
  expect(sessions.map(sessionMinutes)).toEqual([30])
})
