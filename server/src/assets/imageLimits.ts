import type { Limits } from '@wesee/shared'
import type { ImageSize } from './inspectImage.ts'

export type ImageLimits = Pick<Limits, 'maxImageSide' | 'maxImagePixels'>

/**
 * The first size (the canvas or any frame) over the side or pixel limit, or
 * null when all fit. Every frame counts: a browser allocates each one, so a
 * 1 × 1 GIF with one 65,535² frame is as heavy as a 65,535² picture.
 */
export function sizeOverLimits(frames: readonly ImageSize[], limits: ImageLimits): ImageSize | null {
  for (const frame of frames) {
    const { width, height } = frame
    if (
      width > limits.maxImageSide ||
      height > limits.maxImageSide ||
      width * height > limits.maxImagePixels
    ) {
      return frame
    }
  }
  return null
}
