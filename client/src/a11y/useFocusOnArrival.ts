import { useEffect, useRef } from 'react'

/**
 * When the board opens (after Join, or a reload), focus goes to the heading
 * of the group's step ("Now: What do I see?"), so a screen-reader user hears
 * where the group is and a keyboard user starts from there, not from the
 * top of the page. Nothing moves if the person already put focus somewhere.
 * (Not the skip link: it shows itself when focused, over the board.)
 */
export function useFocusOnArrival(ready: boolean): void {
  const done = useRef(false)
  useEffect(() => {
    if (!ready || done.current) return
    done.current = true
    const frame = requestAnimationFrame(() => {
      const now = document.activeElement
      if (now && now !== document.body) return
      // No step yet: the board itself (the page's main region, named by the board's title).
      const target = document.getElementById('step-prompt-title') ?? document.getElementById('main')
      if (!target) return
      if (!target.matches('button, [href], input, textarea, select')) target.tabIndex = -1
      target.focus()
    })
    return () => cancelAnimationFrame(frame)
  }, [ready])
}
