import { atom } from 'tldraw'

/**
 * Whether this person sees the board as a list instead of the canvas. Kept
 * per device, so someone who relies on it gets it every time.
 */
const storageKey = 'wesee.listView'

function initial(): boolean {
  try {
    return localStorage.getItem(storageKey) === 'on'
  } catch {
    return false
  }
}

export const listViewOpen = atom('list view open', initial())

export function setListViewOpen(open: boolean): void {
  listViewOpen.set(open)
  try {
    localStorage.setItem(storageKey, open ? 'on' : 'off')
  } catch {
    // Not remembered; it still works now.
  }
}
