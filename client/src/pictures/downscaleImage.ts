/**
 * Phone photos are often 4000 pixels wide and several megabytes: on slow
 * wifi that is a minute of waiting. Before an upload we redraw big photos
 * at most `maxUploadSide` pixels on their longest side, which is still
 * sharp on a projector, and usually a tenth of the bytes.
 */
export const maxUploadSide = 2000

/** JPEG and WebP quality for redrawn photos: no visible loss, far fewer bytes. */
export const downscaleQuality = 0.85

// GIFs may move (redrawing keeps only the first frame); anything else goes
// as it is, so the server can say in plain words why it cannot take it.
const redrawableTypes = ['image/jpeg', 'image/png', 'image/webp']

/** The size to redraw a `width` × `height` image at, or null when it is small enough already. */
export function downscaledSize(
  width: number,
  height: number,
  maxSide = maxUploadSide,
): { width: number; height: number } | null {
  const longest = Math.max(width, height)
  if (longest <= maxSide || width <= 0 || height <= 0) return null
  const scale = maxSide / longest
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) }
}

/**
 * The bytes to upload for `file`: the file itself, or a smaller copy when it
 * is a big photo. Photos stay JPEG; PNG and WebP become WebP (which keeps
 * transparency), or PNG where the browser cannot write WebP.
 */
export async function prepareImageForUpload(file: File): Promise<Blob> {
  if (!redrawableTypes.includes(file.type)) return file
  let bitmap: ImageBitmap
  try {
    // 'from-image' turns a phone photo the right way up before it is redrawn.
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' })
  } catch {
    return file // Not readable here: let the server judge it.
  }
  try {
    const size = downscaledSize(bitmap.width, bitmap.height)
    if (!size) return file
    const canvas = document.createElement('canvas')
    canvas.width = size.width
    canvas.height = size.height
    const context = canvas.getContext('2d')
    if (!context) return file
    context.imageSmoothingQuality = 'high'
    context.drawImage(bitmap, 0, 0, size.width, size.height)
    const type = file.type === 'image/jpeg' ? 'image/jpeg' : 'image/webp'
    const smaller = await new Promise<Blob | null>((resolve) =>
      canvas.toBlob(resolve, type, downscaleQuality),
    )
    return smaller ?? file
  } finally {
    bitmap.close()
  }
}
