import { noteShape } from '../shapes/noteShape.ts'
import { createShapeId, type TLShapeId } from '@tldraw/tlschema'
import { describe, expect, test } from 'vitest'
import { validateRecord } from '../boardDoc.ts'
import type { SharedNoteMeta } from './privateWritingState.ts'
import {
  layoutRevealColumns,
  revealColumnLayout,
  type LooseShape,
  type RevealColumn,
} from './revealColumns.ts'

const frame = { id: 'shape:frame-exploration-you-see', w: 1600, h: 1000 }

const meta: SharedNoteMeta = {
  privateWriting: true,
  authorId: 'p1',
  authorName: 'Sam',
  authorAvatar: '1F431',
  anonymous: false,
  sharedAt: 1,
  sharedBy: 'reveal',
}

function note(words: string, growY = 0): LooseShape {
  return noteShape({
    id: 'shape:whatever',
    parentId: 'shape:frame-exploration-i-see',
    index: 'a1',
    x: 500,
    y: 400,
    text: words,
    isLocked: true,
    meta: { secret: 'the writer’s own meta' },
    props: { font: 'draw', growY, scale: 2.5 },
  }) as unknown as LooseShape
}

let counter = 0
function column(key: string | null, noteCount: number, growY = 0): RevealColumn {
  const tag = `c${counter++}`
  return {
    key,
    headerIds: { picture: createShapeId(`${tag}-picture`), name: createShapeId(`${tag}-name`) },
    title: key ?? 'Shared without a name',
    picture: { id: '1F431', name: 'Cat' },
    notes: Array.from({ length: noteCount }, (_, i) => ({
      id: createShapeId(`${tag}-note-${i}`),
      source: note(`${tag} note ${i}`, growY),
      meta,
    })),
  }
}

interface Box {
  id: string
  x: number
  y: number
  w: number
  h: number
}

function boxesOf(records: ReturnType<typeof layoutRevealColumns>['records']): Box[] {
  return records
    .filter((record) => record.typeName === 'shape')
    .map((record) => {
      const shape = record as unknown as {
        id: string
        x: number
        y: number
        type: string
        props: Record<string, number>
      }
      const h =
        shape.type === 'note'
          ? revealColumnLayout.noteSize + shape.props.growY!
          : shape.type === 'text'
            ? revealColumnLayout.headerHeight - revealColumnLayout.pictureSize - 8
            : shape.props.h!
      return { id: shape.id, x: shape.x, y: shape.y, w: shape.props.w ?? revealColumnLayout.noteSize, h }
    })
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}

function expectNoOverlap(boxes: Box[]): void {
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      expect(overlaps(boxes[i]!, boxes[j]!), `${boxes[i]!.id} overlaps ${boxes[j]!.id}`).toBe(false)
    }
  }
}

describe('layoutRevealColumns', () => {
  test('one column per person, side by side, each headed by a picture and a name, nothing overlapping', () => {
    const placed = layoutRevealColumns({
      frame,
      children: [],
      layout: null,
      columns: [column('sam', 3), column('jo', 2, 120)],
      indexAbove: 'a5',
    })
    const shapes = boxesOf(placed.records)
    expect(shapes).toHaveLength(3 + 2 + 4)
    expectNoOverlap(shapes)
    const notes = placed.records.filter(
      (r) => r.typeName === 'shape' && r.type === 'note',
    ) as unknown as Array<{
      x: number
      parentId: string
      index: string
    }>
    expect(new Set(notes.map((n) => n.x)).size).toBe(2)
    expect(notes.every((n) => n.parentId === frame.id && n.index > 'a5')).toBe(true)
    for (const record of placed.records) expect(() => validateRecord(record)).not.toThrow()
  })

  test('a note keeps its words and colour, but not its place, tilt, lock, scale or meta', () => {
    const placed = layoutRevealColumns({
      frame,
      children: [],
      layout: null,
      columns: [column('sam', 1)],
      indexAbove: null,
    })
    const shared = placed.records.find((r) => r.typeName === 'shape' && r.type === 'note') as unknown as {
      rotation: number
      isLocked: boolean
      meta: unknown
      props: { scale: number; font: string; richText: unknown }
    }
    expect(shared.rotation).toBe(0)
    expect(shared.isLocked).toBe(false)
    expect(shared.meta).toEqual(meta)
    expect(shared.props.scale).toBe(1)
    expect(shared.props.font).toBe('draw')
    expect(JSON.stringify(shared.props.richText)).toContain('note 0')
  })

  test('columns wrap to a new row below when the frame is full, and the frame grows to fit', () => {
    const columns = Array.from({ length: 9 }, (_, i) => column(`p${i}`, 4))
    const placed = layoutRevealColumns({ frame, children: [], layout: null, columns, indexAbove: null })
    const shapes = boxesOf(placed.records)
    expectNoOverlap(shapes)
    expect(Math.max(...shapes.map((s) => s.x + s.w))).toBeLessThanOrEqual(
      frame.w - revealColumnLayout.padding,
    )
    const lowest = Math.max(...shapes.map((s) => s.y + s.h))
    expect(placed.frameHeight).toBeGreaterThan(frame.h)
    expect(placed.frameHeight).toBeGreaterThanOrEqual(lowest + revealColumnLayout.padding)
  })

  test('a new round starts below what the frame already holds', () => {
    const existing = [
      { ...note('already here'), x: 100, y: 600, props: { ...(note('x').props as object), scale: 1 } },
    ]
    const placed = layoutRevealColumns({
      frame,
      children: existing,
      layout: null,
      columns: [column('sam', 1)],
      indexAbove: 'a3',
    })
    const ys = boxesOf(placed.records).map((s) => s.y)
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(800)
  })

  test('a later share continues the layout: the same person adds to their column, others get a new one', () => {
    const first = layoutRevealColumns({
      frame,
      children: [],
      layout: null,
      columns: [column('sam', 2)],
      indexAbove: null,
    })
    const again = layoutRevealColumns({
      frame,
      children: [],
      layout: first.layout,
      columns: [column('sam', 1), column('jo', 1)],
      indexAbove: 'a9',
    })
    const all = [...boxesOf(first.records), ...boxesOf(again.records)]
    expectNoOverlap(all)
    const againNotes = again.records.filter(
      (r) => r.typeName === 'shape' && r.type === 'note',
    ) as unknown as Array<{
      x: number
    }>
    const firstX = (
      first.records.find((r) => r.typeName === 'shape' && r.type === 'note') as unknown as { x: number }
    ).x
    expect(againNotes[0]!.x).toBe(firstX)
    expect(againNotes[1]!.x).not.toBe(firstX)
    // Only Jo's column has a new header.
    expect(again.records.filter((r) => r.typeName === 'shape' && r.type === 'image')).toHaveLength(1)
  })

  test('columns with no notes take no room', () => {
    const placed = layoutRevealColumns({
      frame,
      children: [],
      layout: null,
      columns: [column('sam', 0)],
      indexAbove: null,
    })
    expect(placed.records).toHaveLength(0)
    expect(placed.frameHeight).toBe(frame.h)
  })

  test('the pooled column is never added to later', () => {
    const first = layoutRevealColumns({
      frame,
      children: [],
      layout: null,
      columns: [column(null, 1)],
      indexAbove: null,
    })
    expect(Object.keys(first.layout.columns)).toHaveLength(0)
    const ids = new Set<TLShapeId>()
    for (const record of first.records) ids.add(record.id as TLShapeId)
    expect(ids.size).toBe(first.records.length)
  })
})
