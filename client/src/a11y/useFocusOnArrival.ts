import { useEffect, useRef } from 'react'

/**
 * When the board opens (after Join, or a reload), focus goes to the heading
 * of the group's step ("Now: What do I see?"), so a screen-reader user hears
 * where the group is and a keyboard user starts from there, not from the
 * top of the page. Nothing moves if the person already put focus somewhere.
 */
export function useFocusOnArrival(ready: boolean): void {
  const done = useRef(false)
  useEffect(() => {
    if (!ready || done.current) return
    done.current = true
    const frame = requestAnimationFrame(() => {
      const now = document.activeElement
      if (now && now !== document.body) return
      const target =
        document.getElementById('step-prompt-title') ??
        document.querySelector<HTMLElement>('[data-testid="skip-to-controls"]')
      if (!target) return
      if (!target.matches('button, [href], input, textarea, select')) target.tabIndex = -1
      target.focus()
    })
    return () => cancelAnimationFrame(frame)
  }, [ready])
}
