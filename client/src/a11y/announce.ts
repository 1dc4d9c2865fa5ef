/**
 * Says something to screen readers through one polite live region on the
 * page. Used for things that change without the person doing anything:
 * stage changes, timers, the board being paused, the connection.
 */
let region: HTMLElement | null = null

function liveRegion(): HTMLElement {
  if (region && document.body.contains(region)) return region
  region = document.createElement('div')
  region.setAttribute('role', 'status')
  region.setAttribute('aria-live', 'polite')
  region.className = 'visually-hidden'
  region.dataset.testid = 'announcer'
  document.body.appendChild(region)
  return region
}

export function announce(message: string): void {
  const target = liveRegion()
  // Clearing first makes screen readers repeat a message that is the same as the last.
  target.textContent = ''
  window.setTimeout(() => {
    target.textContent = message
  }, 50)
}
