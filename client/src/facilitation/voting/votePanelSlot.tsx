import { useSyncExternalStore } from 'react'

/**
 * The vote panel's place in the layout's side region (a column beside the
 * board on a wide screen, a row under the top on a phone), so it takes its
 * turn in the page's flow instead of lying on top of the board's tools.
 */
let slot: HTMLElement | null = null
const listeners = new Set<() => void>()

function setSlot(element: HTMLElement | null): void {
  if (slot === element) return
  slot = element
  for (const listener of listeners) listener()
}

/** Marks where the vote panel goes. */
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
