import type { KeyboardEvent } from 'react'

/** Keys that activate or move inside our own panels, and that tldraw also answers to. */
const panelKeys = new Set(['Enter', ' ', 'Tab', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Escape'])

/**
 * tldraw listens for keys on the whole document: with a note selected, Enter
 * (meant for one of our buttons) would start editing the note, and arrows
 * (meant for a radio group) would move it. Keys pressed in WeSee's own
 * panels stop here, before the document, so a keyboard user's button press
 * does what it says. Keys on the canvas itself are left alone.
 */
export function keepKeysFromCanvas(event: KeyboardEvent<HTMLElement>): void {
  if (!panelKeys.has(event.key)) return
  const target = event.target as HTMLElement
  if (target.closest('.tl-container')) return
  event.stopPropagation()
}
