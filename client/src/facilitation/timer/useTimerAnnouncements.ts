import { useEffect, useRef } from 'react'
import { formatTimeLeft, timerRemainingMs, type TimerState } from '@wesee/shared'
import { announce } from '../../a11y/announce.ts'
import { text } from '../../text.ts'
import { serverNow } from './serverClock.ts'

/**
 * Says what the facilitator did with the timer: started (with the time),
 * paused, carried on, stopped. "One minute left" and "Time is up" come from
 * useTimerSignals. A timer already set when the page opened is not said.
 */
export function useTimerAnnouncements(timer: TimerState | null, loaded: boolean): void {
  const seen = useRef<TimerState | null | undefined>(undefined)
  useEffect(() => {
    if (!loaded) return
    const before = seen.current
    seen.current = timer
    if (before === undefined) return
    if (!timer) {
      if (before) announce(text.timer.stoppedAnnouncement)
      return
    }
    if (before && before.changedAt === timer.changedAt) return
    const left = formatTimeLeft(timerRemainingMs(timer, serverNow()))
    if (timer.status === 'paused') announce(text.timer.pausedAnnouncement(left))
    // Carrying on keeps the time left; a new start sets it back to the whole time.
    else if (
      before?.status === 'paused' &&
      timer.remainingMs === before.remainingMs &&
      timer.remainingMs < timer.durationMs
    )
      announce(text.timer.carriedOnAnnouncement(left))
    else announce(text.timer.startedAnnouncement(spokenDuration(timer.durationMs)))
  }, [timer, loaded])
}

/** "5 minutes", "1 minute 30 seconds", "45 seconds". */
function spokenDuration(ms: number): string {
  const total = Math.round(ms / 1000)
  const minutes = Math.floor(total / 60)
  const seconds = total % 60
  const parts: string[] = []
  if (minutes > 0) parts.push(minutes === 1 ? '1 minute' : `${minutes} minutes`)
  if (seconds > 0 || minutes === 0) parts.push(seconds === 1 ? '1 second' : `${seconds} seconds`)
  return parts.join(' ')
}
