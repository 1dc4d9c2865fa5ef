const oneMinuteMs = 60_000

export type TimerSignal = 'one-minute-left' | 'time-is-up'

/**
 * What to tell people as the time left goes from `before` to `now` (ms) on
 * the same run of the timer: the end, or passing one minute left. Nothing
 * for a timer that was already under a minute when it started.
 */
export function timerSignalBetween(before: number, now: number): TimerSignal | null {
  if (before > 0 && now === 0) return 'time-is-up'
  if (before > oneMinuteMs && now <= oneMinuteMs && now > 0) return 'one-minute-left'
  return null
}
