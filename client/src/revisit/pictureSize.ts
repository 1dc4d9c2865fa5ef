/**
 * The longest side, in pixels, of any PNG or JPEG WeSee makes. A whole
 * board drawn at full size came out 56,128 pixels wide, which many picture
 * viewers and phones cannot open; 8,000 still prints sharp on A3.
 */
export const maxPictureSide = 8000

/**
 * Pixels per board point for a picture `width` × `height` points big:
 * `wanted` (2 for sharp screens) when that fits, else smaller, so the
 * longest side is `maxPictureSide` at most. The picture is scaled down
 * whole, never cut.
 */
export function pixelRatioFor(width: number, height: number, wanted = 2): number {
  const longest = Math.max(width, height)
  if (!Number.isFinite(longest) || longest <= 0) return wanted
  return Math.min(wanted, maxPictureSide / longest)
}
