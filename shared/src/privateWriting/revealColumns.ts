import {
  toRichText,
  type TLImageShape,
  type TLRecord,
  type TLShapeId,
  type TLTextShape,
} from '@tldraw/tlschema'
import { pictureAsset } from '../templates/buildTemplateRecords.ts'
import { indexKeysAbove, type IndexKey } from '../templates/indexKeys.ts'
import type { Picture } from '../templates/StageDefinition.ts'
import type { RevealLayout, SharedNoteMeta } from './privateWritingState.ts'

/**
 * Lays shared private notes out in the reveal frame: one column per person,
 * headed with their picture and name, columns side by side and wrapping to a
 * new row below when the frame is full. Nothing overlaps: a new round starts
 * below whatever the frame already holds, and the frame grows taller when
 * the columns need it. Pure: the server decides ids and writes the records.
 */
export const revealColumnLayout = {
  padding: 48,
  /** Below a template frame's picture and prompt. */
  contentTop: 280,
  columnGap: 40,
  noteGap: 24,
  rowGap: 80,
  pictureSize: 64,
  /** Picture, then up to three lines of name, then a gap before the first note. */
  headerHeight: 180,
  noteSize: 200,
} as const

/** A shape as read from a doc written by clients: every field may be missing. */
export type LooseShape = { id?: unknown; type?: unknown; index?: unknown } & Record<string, unknown>

/** A note to place: its record as the writer made it, and the id and credit it gets on the board. */
export interface ColumnNote {
  /** A shape id (`shape:…`). */
  id: string
  source: LooseShape
  meta: SharedNoteMeta
}

/** One person's column (or the pooled column of notes shared without a name). */
export interface RevealColumn {
  /** A named person's participant id, so a later share adds to their column; null for the pooled column. */
  key: string | null
  /** Ids of the header's picture and name shapes. */
  headerIds: { picture: string; name: string }
  title: string
  picture: Picture
  notes: ColumnNote[]
}

export interface RevealFrame {
  id: string
  w: number
  h: number
}

export interface PlacedColumns {
  /** Records to write: picture assets, column headers, notes. */
  records: TLRecord[]
  layout: RevealLayout
  /** The frame's height after placing (taller when the columns needed it). */
  frameHeight: number
}

const { padding, contentTop, columnGap, noteGap, rowGap, pictureSize, headerHeight, noteSize } =
  revealColumnLayout

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback
}

function propsOf(shape: LooseShape): Record<string, unknown> {
  return typeof shape.props === 'object' && shape.props !== null
    ? (shape.props as Record<string, unknown>)
    : {}
}

/** A shared note's size on the board (tldraw notes are 200 square, plus growY for long text). */
export function sharedNoteSize(source: LooseShape): { w: number; h: number } {
  const props = propsOf(source)
  if (source.type === 'note') return { w: noteSize, h: noteSize + Math.max(0, numberOr(props.growY, 0)) }
  return { w: Math.max(1, numberOr(props.w, noteSize)), h: Math.max(1, numberOr(props.h, noteSize)) }
}

/**
 * The board record of a shared note: the writer's words, colour and size,
 * with a new id, a place in the reveal frame and credit in `meta`. Position,
 * rotation, lock and the writer's own meta are not carried over. tldraw notes
 * get scale 1 so every column reads at the same size.
 */
export function sharedNoteRecord(
  source: LooseShape,
  place: { id: string; parentId: string; x: number; y: number; index: IndexKey; meta: SharedNoteMeta },
): TLRecord {
  const props = propsOf(source)
  return {
    id: place.id,
    typeName: 'shape',
    type: source.type,
    parentId: place.parentId,
    index: place.index,
    x: place.x,
    y: place.y,
    rotation: 0,
    isLocked: false,
    opacity: 1,
    props: source.type === 'note' ? { ...props, scale: 1 } : { ...props },
    meta: { ...place.meta },
  } as unknown as TLRecord
}

/** The lowest edge of a shape inside a frame, estimated where tldraw does not store a height (text). */
function bottomOf(shape: LooseShape): number {
  const y = numberOr(shape.y, 0)
  const props = propsOf(shape)
  if (shape.type === 'note' || typeof props.h !== 'number') {
    if (shape.type === 'text') return y + 80 * numberOr(props.scale, 1)
    return y + sharedNoteSize(shape).h * numberOr(props.scale, 1)
  }
  return y + numberOr(props.h, 0)
}

function headerRecords(
  column: RevealColumn,
  frameId: string,
  at: { x: number; y: number },
  width: number,
  indices: [IndexKey, IndexKey],
): TLRecord[] {
  const asset = pictureAsset(column.picture)
  const base = { typeName: 'shape', parentId: frameId, rotation: 0, opacity: 1, isLocked: true } as const
  const picture: TLImageShape = {
    ...base,
    id: column.headerIds.picture as TLShapeId,
    type: 'image',
    index: indices[0],
    x: at.x,
    y: at.y,
    parentId: frameId as TLImageShape['parentId'],
    meta: { privateWritingColumn: true },
    props: {
      w: pictureSize,
      h: pictureSize,
      playing: true,
      url: '',
      assetId: asset.id,
      crop: null,
      flipX: false,
      flipY: false,
      altText: column.picture.name,
    },
  }
  const name: TLTextShape = {
    ...base,
    id: column.headerIds.name as TLShapeId,
    type: 'text',
    index: indices[1],
    x: at.x,
    y: at.y + pictureSize + 8,
    parentId: frameId as TLTextShape['parentId'],
    meta: { privateWritingColumn: true },
    props: {
      color: 'black',
      size: 's',
      font: 'sans',
      textAlign: 'start',
      w: width,
      richText: toRichText(column.title),
      scale: 1,
      autoSize: false,
    },
  }
  return [asset, picture, name]
}

/** Where a new round's first row starts: below everything already in the frame. */
function firstRowTop(children: readonly LooseShape[]): number {
  const lowest = children.reduce((bottom, child) => Math.max(bottom, bottomOf(child)), 0)
  return Math.max(contentTop, children.length === 0 ? contentTop : lowest + columnGap)
}

/**
 * Places `columns` in `frame`, continuing `layout` when it is this frame's
 * (earlier shares of the same round), else starting below `children` (what
 * the frame holds now). `indexAbove` is the highest index among the frame's
 * children, so the new shapes sit on top of them.
 */
export function layoutRevealColumns(input: {
  frame: RevealFrame
  children: readonly LooseShape[]
  layout: RevealLayout | null
  columns: readonly RevealColumn[]
  indexAbove: string | null
}): PlacedColumns {
  const { frame } = input
  const layout: RevealLayout =
    input.layout && input.layout.frameId === frame.id
      ? structuredClone(input.layout)
      : (() => {
          const top = firstRowTop(input.children)
          return { frameId: frame.id, top, bottom: top, nextX: padding, columns: {} }
        })()
  const shapeCount = input.columns.reduce((sum, column) => sum + column.notes.length + 2, 0)
  const indices = indexKeysAbove(input.indexAbove, shapeCount)
  let nextIndex = 0
  const takeIndex = () => indices[nextIndex++]!
  const records: TLRecord[] = []

  for (const column of input.columns) {
    if (column.notes.length === 0) continue
    const width = Math.max(noteSize, ...column.notes.map((note) => sharedNoteSize(note.source).w))
    const existing = column.key === null ? undefined : layout.columns[column.key]
    let x: number
    let y: number
    if (existing && existing.top === layout.top && width <= existing.width) {
      // A second share by the same person, in the row still being filled: add to their column.
      x = existing.x
      y = existing.nextY
    } else {
      if (layout.nextX > padding && layout.nextX + width > frame.w - padding) {
        // The row is full: start a new one below everything placed so far.
        layout.top = layout.bottom + rowGap
        layout.nextX = padding
        layout.columns = {}
      }
      x = layout.nextX
      layout.nextX += width + columnGap
      records.push(
        ...headerRecords(column, frame.id, { x, y: layout.top }, width, [takeIndex(), takeIndex()]),
      )
      y = layout.top + headerHeight
    }
    for (const note of column.notes) {
      records.push(
        sharedNoteRecord(note.source, {
          id: note.id,
          parentId: frame.id,
          x,
          y,
          index: takeIndex(),
          meta: note.meta,
        }),
      )
      y += sharedNoteSize(note.source).h + noteGap
    }
    layout.bottom = Math.max(layout.bottom, y - noteGap)
    if (column.key !== null) layout.columns[column.key] = { x, top: layout.top, nextY: y, width }
  }

  return { records, layout, frameHeight: Math.max(frame.h, layout.bottom + padding) }
}
