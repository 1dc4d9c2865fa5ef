import { useEffect, useRef } from 'react'
import { announce } from '../a11y/announce.ts'
import { text } from '../text.ts'
import { useBoardSession } from './BoardSession.ts'
import { Icon } from '../icons/Icon.tsx'

/**
 * Tells everyone when the facilitator pauses editing, in words on screen and
 * to screen readers, so a facilitator's power is always visible.
 */
export function LockNotice() {
  const { control } = useBoardSession()
  const locked = control?.lock.locked ?? false
  const previous = useRef<boolean | null>(null)
  useEffect(() => {
    if (control === null) return
    if (previous.current !== null && previous.current !== locked) {
      announce(locked ? text.lock.pausedAnnouncement : text.lock.resumedAnnouncement)
    }
    previous.current = locked
  }, [locked, control])
  if (!locked) return null
  return (
    <p className="lock-notice" data-testid="lock-notice">
      <Icon name="pause" /> {text.lock.paused}
    </p>
  )
}
