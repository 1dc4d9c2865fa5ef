/**
 * Where focus goes once a person has joined, in order: the board's main
 * action (the layout marks it `data-main-action`), then the current step's
 * heading (the same one `a11y/useFocusOnArrival.ts` chooses on a reload).
 * Never the page body, where a keyboard or screen-reader user would have to
 * start again from the top; with no step, `useFocusOnArrival` picks the board.
 */
const targets = ['[data-main-action]', '#step-prompt-title']

/** Stops watching after this long: by then the board has loaded (or shows why not). */
const watchForMs = 10_000

/** Focus nobody chose: the page itself, or tldraw's canvas taking it while it loads. */
function focusIsLost(): boolean {
  const active = document.activeElement
  return (
    !active ||
    active === document.body ||
    active === document.documentElement ||
    !!active.closest('.tl-container')
  )
}

/**
 * Moves focus to the board's main action as soon as the board shows it, and
 * back there if the canvas grabs it while loading. Stops once the person
 * presses a key or touches the screen themselves. Returns a function that
 * stops watching.
 */
export function focusBoardWhenReady(root: ParentNode = document): () => void {
  const place = () => {
    if (!focusIsLost()) return
    for (const selector of targets) {
      const found = root.querySelector<HTMLElement>(selector)
      if (!found || found.matches(':disabled')) continue
      if (!found.matches('button, a, input, textarea, select, [tabindex]')) found.tabIndex = -1
      found.focus()
      if (document.activeElement === found) return
    }
  }
  const observer = new MutationObserver(place)
  const timer = setTimeout(stop, watchForMs)
  function stop() {
    observer.disconnect()
    clearTimeout(timer)
    document.removeEventListener('focusin', place)
    window.removeEventListener('keydown', stop, true)
    window.removeEventListener('pointerdown', stop, true)
  }
  window.addEventListener('keydown', stop, true)
  window.addEventListener('pointerdown', stop, true)
  // Focus may also move without a change to the page (tldraw focusing its container).
  document.addEventListener('focusin', place)
  observer.observe(document.body, { childList: true, subtree: true })
  place()
  return stop
}
