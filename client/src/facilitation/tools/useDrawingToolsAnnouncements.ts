import { useEffect, useRef } from 'react'
import type { ControlSnapshot } from '@wesee/shared'
import { announce } from '../../a11y/announce.ts'
import { text } from '../../text.ts'

/**
 * Tells everyone, in words, when the facilitator puts the drawing tools
 * away or gives them back, so a facilitator's power is always visible. The
 * first state seen is only remembered, so a reload says nothing.
 */
export function useDrawingToolsAnnouncements(control: ControlSnapshot | null): void {
  const drawing = control?.tools.drawing
  const seen = useRef<boolean | undefined>(undefined)
  useEffect(() => {
    if (drawing === undefined) return
    if (seen.current !== undefined && seen.current !== drawing) {
      announce(drawing ? text.tools.givenBackAnnouncement : text.tools.putAwayAnnouncement)
    }
    seen.current = drawing
  }, [drawing])
}
