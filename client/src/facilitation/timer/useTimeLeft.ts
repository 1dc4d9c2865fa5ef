import { useEffect, useState } from 'react'
import { timerRemainingMs, type TimerState } from '@wesee/shared'
import { serverNow, useServerClockOffset } from './serverClock.ts'

/**
 * The time left on a timer, in ms, ticking a few times a second while it
 * runs. It is worked out from the end time each tick, never by counting
 * ticks, so a tab the browser put to sleep shows the right time the moment
 * it wakes.
 */
export function useTimeLeft(timer: TimerState | null): number | null {
  const offset = useServerClockOffset()
  const [now, setNow] = useState(serverNow)
  const running = timer?.status === 'running'

  useEffect(() => {
    setNow(serverNow())
    if (!running) return
    const tick = () => setNow(serverNow())
    const interval = window.setInterval(tick, 250)
    document.addEventListener('visibilitychange', tick)
    return () => {
      window.clearInterval(interval)
      document.removeEventListener('visibilitychange', tick)
    }
  }, [running, offset, timer])

  if (!timer) return null
  return timerRemainingMs(timer, now)
}
