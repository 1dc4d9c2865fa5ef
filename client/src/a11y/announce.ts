/**
 * Says something to screen readers through one polite live region on the
 * page. Used for things that change without the person doing anything:
 * stage changes, timers, the board being paused, the connection.
 *
 * The region is put on the page empty, before the first message
 * (`prepareLiveRegion` at start-up): screen readers only watch live regions
 * that already exist, so a region inserted with its first words in it is
 * often silent.
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

/** Puts the empty live region on the page, so the first message is heard. */
export function prepareLiveRegion(): void {
  liveRegion()
}

export function announce(message: string): void {
  if (!message) return
  // Each message is a new element in the region: screen readers speak every
  // addition, so a message equal to the last one is said again, and two in
  // quick succession are both said (none waits on a timer and gets lost).
  const line = document.createElement('p')
  line.textContent = message
  liveRegion().replaceChildren(line)
}
