/**
 * In the phone view the board never zooms out so far that the words on
 * notes are too small to read: tldraw draws a note's words at 22 px (size
 * "m") at zoom 1, so a zoom of at least 16 / 22 keeps them at 16 px or more
 * on the screen. A frame wider than the phone then shows from its top-left
 * corner (its title and prompt) and the person scrolls to see the rest.
 */
const noteFontPx = 22
const smallestReadablePx = 16
export const readableZoom = smallestReadablePx / noteFontPx

let phoneViewOn = false

/** Set by the board layout when the phone view turns on or off. */
export function setPhoneViewOn(on: boolean): void {
  phoneViewOn = on
}

/** The smallest zoom the group's moves may take this view to, or null for no limit. */
export function smallestZoomForReading(): number | null {
  return phoneViewOn ? readableZoom : null
}
