import { useEffect, useRef } from 'react'
import type { TimerState } from '@wesee/shared'
import { announce } from '../../a11y/announce.ts'
import { readMySettings } from '../../settings/mySettings.ts'
import { text } from '../../text.ts'
import { playSoftChime } from './softChime.ts'
import { timerSignalBetween } from './timerSignal.ts'

/**
 * Tells screen readers "One minute left" and "Time is up", and plays the
 * soft chime at the end for people who turned sounds on. Only changes seen
 * while the page is open count: opening a board whose timer ran out earlier
 * stays quiet.
 */
export function useTimerSignals(timer: TimerState | null, timeLeft: number | null, enabled = true): void {
  const last = useRef<{ changedAt: number; left: number } | null>(null)
  useEffect(() => {
    if (!timer || timeLeft === null) {
      last.current = null
      return
    }
    const previous = last.current
    last.current = { changedAt: timer.changedAt, left: timeLeft }
    // A new start, pause or carry-on: begin watching from here.
    if (!enabled || !previous || previous.changedAt !== timer.changedAt) return
    const signal = timerSignalBetween(previous.left, timeLeft)
    if (signal === 'time-is-up') {
      announce(text.timer.timeIsUp)
      if (readMySettings().timerSound) playSoftChime()
    } else if (signal === 'one-minute-left') {
      announce(text.timer.oneMinuteLeft)
    }
  }, [timer, timeLeft, enabled])
}
