import { useSyncExternalStore } from 'react'

/**
 * A place in the column at the top of the board (under the stage panel)
 * where the vote panel goes on a narrow screen, so it takes its turn in the
 * page's flow instead of lying on top of the board's other tools.
 */
let slot: HTMLElement | null = null
const listeners = new Set<() => void>()

function setSlot(element: HTMLElement | null): void {
  if (slot === element) return
  slot = element
  for (const listener of listeners) listener()
}

/** Marks where the vote panel goes on a narrow screen. */
export function VotePanelSlot() {
  return <div className="vote-panel-slot" ref={setSlot} />
}

/** The slot, once it is on the page. */
export function useVotePanelSlot(): HTMLElement | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => slot,
  )
}

const narrowQuery = '(max-width: 56rem)'

/** True on a phone or a narrow window. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    (listener) => {
      const query = window.matchMedia(narrowQuery)
      query.addEventListener('change', listener)
      return () => query.removeEventListener('change', listener)
    },
    () => window.matchMedia(narrowQuery).matches,
  )
}
