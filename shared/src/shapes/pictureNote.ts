import {
  createShapePropsMigrationSequence,
  DefaultColorStyle,
  type RecordProps,
  type TLBaseShape,
  type TLDefaultColorStyle,
} from '@tldraw/tlschema'
import { isAssetHash } from '../assets.ts'
import { T } from '@tldraw/validate'

/**
 * A picture note: a sticky note with a picture above its words, the way Easy
 * Read documents put a picture beside every idea. A tldraw custom shape; its
 * props and migrations are defined here once, so the client's ShapeUtil and
 * the server's schema (`boardSchema`) agree on what a valid one is.
 */
export const pictureNoteShapeType = 'picture-note'

/** The picture on a picture note. */
export interface PictureNotePicture {
  /**
   * Where WeSee serves it: a library picture (`/pictures/<HEXCODE>.svg`,
   * `pictureUrl(id)`) or an upload (`/api/assets/<sha256>`). Always a path on
   * WeSee's own server, never another host.
   */
  src: string
  /** What the picture shows, in plain words: read aloud and given to screen readers. */
  name: string
}

export interface PictureNoteShapeProps {
  w: number
  h: number
  /** The note's colour, the same choice (and style panel) as tldraw's notes. */
  color: TLDefaultColorStyle
  picture: PictureNotePicture
  /** The words under the picture (plain text; may be empty). */
  text: string
}

export type PictureNoteShape = TLBaseShape<typeof pictureNoteShapeType, PictureNoteShapeProps>

/** The size of a new picture note, in page units (a little taller than a note). */
export const pictureNoteSize = { w: 240, h: 280 } as const

/** Longest spoken name a picture may have. */
export const maxPictureNameLength = 100

const libraryPicturePath = /^\/pictures\/[0-9A-F]{2,6}(?:-[0-9A-F]{2,6})*\.svg$/
const uploadPathPrefix = '/api/assets/'

/**
 * True for a picture address WeSee serves itself: a library picture or an
 * uploaded image. Anything else (another host, `javascript:`, a data URL) is
 * refused, so a board never makes anyone's browser call a third party.
 */
export function isPictureNoteSrc(src: string): boolean {
  if (libraryPicturePath.test(src)) return true
  return src.startsWith(uploadPathPrefix) && isAssetHash(src.slice(uploadPathPrefix.length))
}

const pictureValidator = T.object<PictureNotePicture>({
  src: T.string.check((src) => {
    if (!isPictureNoteSrc(src))
      throw new Error(`A picture note's picture must be one WeSee serves, not "${src}"`)
  }),
  name: T.string.check((name) => {
    if (name.trim().length === 0) throw new Error('A picture needs a name so it can be read aloud')
    if (name.length > maxPictureNameLength)
      throw new Error(`A picture's name can be at most ${maxPictureNameLength} letters`)
  }),
})

/** The picture note's props, checked with tldraw's validators wherever a record arrives. */
export const pictureNoteShapeProps: RecordProps<PictureNoteShape> = {
  w: T.nonZeroNumber,
  h: T.nonZeroNumber,
  color: DefaultColorStyle,
  picture: pictureValidator,
  text: T.string,
}

/**
 * The picture note's props migrations. None yet: these props are version 0.
 * When the props change, add an id with `createShapePropsMigrationIds` and a
 * step here, so boards saved before the change still open (the server
 * migrates stored records when it loads a board).
 */
export const pictureNoteShapeMigrations = createShapePropsMigrationSequence({ sequence: [] })

/**
 * What a picture note says, read aloud or in a summary: the picture's name,
 * then the words ("Bus. Late again").
 */
export function pictureNoteWords(props: Pick<PictureNoteShapeProps, 'picture' | 'text'>): string {
  const words = props.text.trim()
  return words ? `${props.picture.name}. ${words}` : props.picture.name
}
