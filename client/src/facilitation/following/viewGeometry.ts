/** A rectangle: in page units for parts of the board, in pixels for the screen. */
export interface Rect {
  x: number
  y: number
  w: number
  h: number
}

/** Room to leave clear on each side of the screen, in pixels (our panels sit over the canvas). */
export interface Padding {
  top: number
  right: number
  bottom: number
  left: number
}

/** A tldraw camera: page point p shows at screen point (p + {x, y}) × z. */
export interface CameraPosition {
  x: number
  y: number
  z: number
}

/**
 * The camera that shows all of `target` (page units) as large as it fits on
 * a screen of `screen` pixels, centred in the part the padding leaves clear.
 * The zoom stays inside [minZoom, maxZoom] so a tiny frame is not blown up.
 */
export function cameraToFit(
  screen: { w: number; h: number },
  target: Rect,
  padding: Padding,
  minZoom: number,
  maxZoom: number,
): CameraPosition {
  const clearW = Math.max(screen.w - padding.left - padding.right, screen.w * 0.25)
  const clearH = Math.max(screen.h - padding.top - padding.bottom, screen.h * 0.25)
  const fit = Math.min(clearW / target.w, clearH / target.h)
  const z = Math.min(Math.max(fit, minZoom), maxZoom)
  // The middle of the clear part of the screen, in screen pixels.
  const middleX = padding.left + (screen.w - padding.left - padding.right) / 2
  const middleY = padding.top + (screen.h - padding.top - padding.bottom) / 2
  return {
    x: middleX / z - (target.x + target.w / 2),
    y: middleY / z - (target.y + target.h / 2),
    z,
  }
}

/**
 * The camera at zoom `z` that puts the top-left corner of `target` at the
 * top-left of the clear part of the screen: where a frame's title, prompt
 * and first notes are.
 */
export function cameraToRead(target: Rect, padding: Padding, z: number): CameraPosition {
  return { x: padding.left / z - target.x, y: padding.top / z - target.y, z }
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y)
  return w > 0 && h > 0 ? w * h : 0
}

/**
 * True when a view still shows the target: they overlap by at least `share`
 * of the smaller of the two. So zooming in on part of a frame, or out a
 * little around it, is still "with the group"; panning to another frame is not.
 */
export function isLookingAt(view: Rect, target: Rect, share = 0.5): boolean {
  const smaller = Math.min(view.w * view.h, target.w * target.h)
  if (smaller <= 0) return false
  return overlapArea(view, target) >= share * smaller
}
