/**
 * The `timer` section of the control doc. The server keeps the end time on
 * its own clock; each client counts down to it against its own clock,
 * corrected by an estimate of the difference (see `serverNow` in the API),
 * so a tab that slept or reconnected shows the right time at once.
 */

/** Longest timer, in seconds (90 minutes). */
export const maxTimerSeconds = 90 * 60

/** The quick choices offered to the facilitator, in seconds. */
export const timerPresetSeconds = [60, 180, 300, 600] as const

export interface TimerState {
  status: 'running' | 'paused'
  /** How long it was set for. */
  durationMs: number
  /** Server clock, ms: when it reaches zero. Set while running. */
  endsAt: number | null
  /** Time left when paused (while running, count from `endsAt`). */
  remainingMs: number
  /** Server clock, ms: when it last started, paused or carried on. */
  changedAt: number
}

/** Time left, in ms, at server time `serverNow` (never below zero). */
export function timerRemainingMs(timer: TimerState, serverNow: number): number {
  if (timer.status === 'paused' || timer.endsAt === null) return Math.max(0, timer.remainingMs)
  return Math.max(0, timer.endsAt - serverNow)
}

/** "3:05", "0:09", "12:00": minutes and seconds, rounding up so 0:00 means time is up. */
export function formatTimeLeft(ms: number): string {
  const totalSeconds = Math.ceil(Math.max(0, ms) / 1000)
  const minutes = Math.floor(totalSeconds / 60)
  const seconds = totalSeconds % 60
  return `${minutes}:${String(seconds).padStart(2, '0')}`
}
