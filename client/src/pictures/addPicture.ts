import {
  createShapeId,
  Vec,
  type Editor,
  type TLFrameShape,
  type TLImageShape,
  type TLNoteShape,
  type TLParentId,
  type TLShape,
  type TLShapeId,
  type VecLike,
} from 'tldraw'
import { bringIntoSight, frameAt, placeNewShape } from '../board/placeNewShape.ts'
import {
  pictureAsset,
  pictureNoteShapeType,
  pictureNoteSize,
  pictureUrl,
  type LibraryPicture,
  type PictureNoteShape,
} from '@wesee/shared'

/** What a library picture becomes on the board. */
export type AddPictureAs = 'picture' | 'picture-note'

/** A library picture's size on the board, in page units (a little smaller than a note). */
export const libraryPictureSize = 160

/** Where the panel will put the next picture, so it can say so before it happens. */
export type PictureTarget =
  | { kind: 'view' }
  | { kind: 'frame'; frame: TLFrameShape }
  | { kind: 'note'; note: TLNoteShape }
  | { kind: 'picture-note'; note: PictureNoteShape }

/**
 * Where a picture added with a click, a tap or the keyboard goes: into the
 * selected frame, onto the selected note (as a picture note), or the middle
 * of what this person sees.
 */
export function pictureTarget(editor: Editor, as: AddPictureAs): PictureTarget {
  const selected = editor.getOnlySelectedShape()
  if (selected?.type === 'frame') return { kind: 'frame', frame: selected as TLFrameShape }
  if (as === 'picture-note' && selected?.type === 'note')
    return { kind: 'note', note: selected as TLNoteShape }
  if (as === 'picture-note' && selected?.type === pictureNoteShapeType)
    return { kind: 'picture-note', note: selected as PictureNoteShape }
  return { kind: 'view' }
}

/**
 * Adds a library picture to the board, as a picture (a tldraw image whose
 * spoken name is its alt text) or as a picture note. `dropPoint` is where it
 * was dropped, in page space; without it the picture goes to
 * `pictureTarget` (a selected note or frame), else where new things land
 * (`placeNewShape`). Returns the new or changed shape's id, or null on a board
 * this person cannot change.
 */
export function addLibraryPicture(
  editor: Editor,
  picture: LibraryPicture,
  as: AddPictureAs,
  dropPoint?: VecLike,
): TLShapeId | null {
  if (editor.getIsReadonly()) return null
  editor.markHistoryStoppingPoint('add picture')
  const target: PictureTarget = dropPoint ? { kind: 'view' } : pictureTarget(editor, as)
  if (target.kind === 'note') return turnIntoPictureNote(editor, target.note, picture)
  if (target.kind === 'picture-note') {
    editor.updateShape<PictureNoteShape>({
      id: target.note.id,
      type: pictureNoteShapeType,
      props: { picture: notePicture(picture) },
    })
    return target.note.id
  }
  const size = as === 'picture' ? { w: libraryPictureSize, h: libraryPictureSize } : pictureNoteSize
  // A drop goes where it was dropped; anything else where new things land (the group's step frame).
  const { parentId, x, y } = dropPoint
    ? freeSpot(editor, dropPoint, size)
    : placeNewShape(editor, size, target.kind === 'frame' ? target.frame.id : undefined)
  const id = createShapeId()
  if (as === 'picture') {
    const asset = pictureAsset(picture)
    editor.run(() => {
      if (!editor.getAsset(asset.id)) editor.createAssets([asset])
      editor.createShape<TLImageShape>({
        id,
        type: 'image',
        parentId,
        x,
        y,
        props: { assetId: asset.id, w: size.w, h: size.h, altText: picture.name },
      })
    })
    editor.select(id)
  } else {
    editor.createShape<PictureNoteShape>({
      id,
      type: pictureNoteShapeType,
      parentId,
      x,
      y,
      props: { picture: notePicture(picture), text: '' },
    })
    editor.select(id)
    editor.setEditingShape(id)
  }
  if (!dropPoint) bringIntoSight(editor, id)
  return id
}

function notePicture(picture: LibraryPicture): PictureNoteShape['props']['picture'] {
  return { src: pictureUrl(picture.id), name: picture.name }
}

/**
 * "Add a picture to a sticky note": the note becomes a picture note with the
 * same words, colour, place and id (so votes and links to it still hold).
 */
function turnIntoPictureNote(editor: Editor, note: TLNoteShape, picture: LibraryPicture): TLShapeId {
  const words = editor.getShapeUtil(note).getText(note) ?? ''
  editor.run(() => {
    editor.deleteShape(note.id)
    editor.createShape<PictureNoteShape>({
      id: note.id,
      type: pictureNoteShapeType,
      parentId: note.parentId,
      index: note.index,
      x: note.x,
      y: note.y,
      rotation: note.rotation,
      meta: note.meta,
      props: { color: note.props.color, picture: notePicture(picture), text: words },
    })
  })
  editor.select(note.id)
  return note.id
}

/** How far each picture added to the same spot steps down and right of the last. */
const cascadeStep = 24

/**
 * The spot for a new shape of `size` centred on `centre`: inside the frame
 * there (in the frame's own coordinates), stepped aside from any shape
 * already sitting exactly there, so adding three pictures in a row shows
 * three pictures, not one.
 */
function freeSpot(editor: Editor, centre: VecLike, size: { w: number; h: number }) {
  const taken = editor
    .getCurrentPageShapes()
    .map((shape: TLShape) => editor.getShapePageBounds(shape))
    .filter((bounds) => bounds !== undefined)
  let corner = new Vec(centre.x - size.w / 2, centre.y - size.h / 2)
  for (let i = 0; i < 20; i++) {
    const here = corner
    if (!taken.some((b) => Math.abs(b.minX - here.x) < 2 && Math.abs(b.minY - here.y) < 2)) break
    corner = corner.add({ x: cascadeStep, y: cascadeStep })
  }
  const frame = frameAt(editor, corner.clone().add({ x: size.w / 2, y: size.h / 2 }))
  const inParent = frame ? editor.getPointInShapeSpace(frame, corner) : corner
  const parentId: TLParentId = frame ? frame.id : editor.getCurrentPageId()
  return { parentId, x: inParent.x, y: inParent.y }
}
