/**
 * Where a picture note's picture and words go, in the shape's own units:
 * the picture on top as big as fits, the words below it, like Easy Read.
 */
export interface PictureNoteLayout {
  /** The square the picture is drawn in. */
  picture: { x: number; y: number; size: number }
  /** The box the words are drawn in. */
  words: { x: number; y: number; w: number; h: number }
}

export const pictureNoteSpacing = {
  padding: 12,
  /** Between the picture and the words. */
  gap: 8,
  /** The picture never gets smaller than this share of the note's width: the words make the note taller instead. */
  minPictureShare: 0.5,
} as const

/** The width the words wrap at in a note `w` wide. */
export function wordsWidth(w: number): number {
  return Math.max(1, w - 2 * pictureNoteSpacing.padding)
}

/** How tall a note `w` wide must be to show its picture and `wordsHeight` of words. */
export function minimumPictureNoteHeight(w: number, wordsHeight: number): number {
  const { padding, gap, minPictureShare } = pictureNoteSpacing
  return Math.ceil(2 * padding + gap + wordsHeight + minPictureShare * wordsWidth(w))
}

/** Lays out a note `w` × `h` whose words take `wordsHeight` when wrapped at `wordsWidth(w)`. */
export function pictureNoteLayout(w: number, h: number, wordsHeight: number): PictureNoteLayout {
  const { padding, gap } = pictureNoteSpacing
  const width = wordsWidth(w)
  const size = Math.max(0, Math.min(width, h - 2 * padding - gap - wordsHeight))
  return {
    picture: { x: (w - size) / 2, y: padding, size },
    words: { x: padding, y: padding + size + gap, w: width, h: Math.max(0, h - 2 * padding - gap - size) },
  }
}
