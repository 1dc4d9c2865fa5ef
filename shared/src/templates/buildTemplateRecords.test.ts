import type { TLFrameShape, TLImageShape, TLRecord, TLShape, TLTextShape } from '@tldraw/tlschema'
import { describe, expect, test } from 'vitest'
import { createBaseRecords, firstPageId, validateRecord } from '../boardDoc.ts'
import { templateIds } from '../templateIds.ts'
import {
  buildStageRecords,
  buildTemplateRecords,
  stageWidth,
  templateLayout,
} from './buildTemplateRecords.ts'
import { forLater, forLaterFrameId } from './forLater.ts'
import { findStage, stages } from './index.ts'
import { stageIds, stageStepIds, stepFrameId } from './stageIds.ts'

function framesOf(records: readonly TLRecord[]): TLFrameShape[] {
  return records.filter(
    (record): record is TLFrameShape => record.typeName === 'shape' && record.type === 'frame',
  )
}

/** The frames of the template's steps, leaving out "For later". */
function stepFramesOf(records: readonly TLRecord[]): TLFrameShape[] {
  return framesOf(records).filter((frame) => frame.id !== forLaterFrameId)
}

function shapesOf(records: readonly TLRecord[]): TLShape[] {
  return records.filter((record): record is TLShape => record.typeName === 'shape')
}

function overlaps(a: TLFrameShape, b: TLFrameShape): boolean {
  return a.x < b.x + b.props.w && b.x < a.x + a.props.w && a.y < b.y + b.props.h && b.y < a.y + a.props.h
}

describe.each(templateIds)('template %s', (templateId) => {
  const records = buildTemplateRecords(templateId)

  test('every record is valid against the tldraw schema', () => {
    for (const record of [...createBaseRecords(), ...records]) {
      expect(() => validateRecord(record), record.id).not.toThrow()
    }
  })

  test('record ids are unique', () => {
    const ids = records.map((record) => record.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  test('no two frames overlap', () => {
    const frames = framesOf(records)
    for (const [i, a] of frames.entries()) {
      for (const b of frames.slice(i + 1)) expect(overlaps(a, b), `${a.id} and ${b.id}`).toBe(false)
    }
  })

  test('frames sit on the first page, in index order left to right', () => {
    const frames = framesOf(records)
    for (const frame of frames) expect(frame.parentId).toBe(firstPageId)
    const byIndex = [...frames].sort((a, b) => (a.index < b.index ? -1 : 1))
    expect(byIndex.map((frame) => frame.id)).toEqual(frames.map((frame) => frame.id))
    const xs = frames.map((frame) => frame.x)
    expect(xs).toEqual([...xs].sort((a, b) => a - b))
  })

  test('every shape belongs to the page or to a frame of the template', () => {
    const parents = new Set<string>([firstPageId, ...framesOf(records).map((frame) => frame.id)])
    for (const shape of shapesOf(records)) expect(parents.has(shape.parentId), shape.id).toBe(true)
  })

  test('every image shape points at an asset of the template', () => {
    const assetIds = new Set<string>(
      records.filter((record) => record.typeName === 'asset').map((record) => record.id),
    )
    for (const shape of shapesOf(records)) {
      if (shape.type === 'image') {
        expect(assetIds.has((shape as TLImageShape).props.assetId ?? ''), shape.id).toBe(true)
      }
    }
  })
})

test('a blank board has no template records', () => {
  expect(buildTemplateRecords('blank')).toEqual([])
})

test.each(stageIds)('the %s template has one frame per step, titled and with the stable id', (stageId) => {
  const frames = stepFramesOf(buildTemplateRecords(stageId))
  const stage = findStage(stageId)
  expect(frames.map((frame) => frame.id)).toEqual(stage.steps.map((step) => step.frameId))
  expect(frames.map((frame) => frame.props.name)).toEqual(stage.steps.map((step) => step.title))
  expect(stage.steps.map((step) => step.id)).toEqual(stageStepIds[stageId])
  for (const frame of frames) {
    expect(frame.props.w).toBeGreaterThanOrEqual(1200)
    expect(frame.props.h).toBeGreaterThanOrEqual(800)
  }
})

test('frame ids are derived from stage and step', () => {
  expect(stepFrameId('exploration', 'i-see')).toBe('shape:frame-exploration-i-see')
  expect(findStage('embedding').steps.at(-1)?.frameId).toBe('shape:frame-embedding-you-said-we-did')
})

test('frame ids are unique across every stage', () => {
  const ids = stages.flatMap((stage) => stage.steps.map((step) => step.frameId))
  expect(new Set(ids).size).toBe(ids.length)
  expect(ids).toHaveLength(4 + 3 + 3 + 5)
})

test('each frame holds its picture and its prompt as text', () => {
  const records = buildTemplateRecords('exploration')
  const shapes = shapesOf(records)
  const frameId = stepFrameId('exploration', 'you-see')
  const inFrame = shapes.filter((shape) => shape.parentId === frameId)
  const text = inFrame.find((shape): shape is TLTextShape => shape.type === 'text')
  expect(JSON.stringify(text?.props.richText)).toContain("Look at everyone's notes side by side.")
  const picture = inFrame.find((shape): shape is TLImageShape => shape.type === 'image')
  expect(picture?.props.altText).toBe('Two people')
  const asset = records.find((record) => record.typeName === 'asset')
  expect(asset?.typeName === 'asset' && asset.type === 'image' ? asset.props.src : null).toMatch(
    /^\/pictures\/[0-9A-F-]+\.svg$/,
  )
})

test('children of a frame stay inside it', () => {
  const records = buildTemplateRecords('full-cycle')
  for (const shape of shapesOf(records)) {
    if (shape.type === 'frame') continue
    expect(shape.x, shape.id).toBeGreaterThanOrEqual(0)
    expect(shape.y, shape.id).toBeGreaterThanOrEqual(0)
    const right = shape.x + ('w' in shape.props ? shape.props.w : templateLayout.noteSize)
    expect(right, shape.id).toBeLessThanOrEqual(templateLayout.frameWidth)
  }
})

test('"How we work together" starts with editable agreements', () => {
  const notes = shapesOf(buildTemplateRecords('engagement')).filter(
    (shape) => shape.type === 'note' && shape.parentId === stepFrameId('engagement', 'how-we-work'),
  )
  expect(notes.map((note) => JSON.stringify(note.props))).toEqual([
    expect.stringContaining('Everyone gets a turn'),
    expect.stringContaining("It's OK to pass"),
    expect.stringContaining("What's said here stays here"),
  ])
  for (const note of notes) expect(note.isLocked).toBe(false)
})

test('experimentation frames carry the guidance', () => {
  const texts = shapesOf(buildTemplateRecords('experimentation')).filter((shape) => shape.type === 'text')
  const guidance = texts.filter((text) =>
    JSON.stringify(text.props).includes('Risk small, fail early, learn quickly.'),
  )
  expect(guidance).toHaveLength(3)
})

test('the full cycle lays out all four stages in order, left to right', () => {
  const frames = stepFramesOf(buildTemplateRecords('full-cycle'))
  expect(frames.map((frame) => frame.id)).toEqual(
    stages.flatMap((stage) => stage.steps.map((step) => step.frameId)),
  )
  const spans = stageIds.map((stageId) => {
    const own = frames.filter((frame) => frame.id.startsWith(`shape:frame-${stageId}-`))
    return {
      left: Math.min(...own.map((frame) => frame.x)),
      right: Math.max(...own.map((frame) => frame.x + frame.props.w)),
    }
  })
  for (const [i, span] of spans.entries()) {
    expect(span.right - span.left).toBe(stageWidth(stageIds[i]!))
    const next = spans[i + 1]
    if (next) expect(next.left).toBeGreaterThanOrEqual(span.right + templateLayout.stageGap)
  }
})

test('a stage added later goes where it is put, above the given index', () => {
  const records = buildStageRecords('embedding', { origin: { x: 5000, y: 200 }, indexAbove: 'b0Z' })
  const frames = framesOf(records)
  expect(frames[0]).toMatchObject({ x: 5000, y: 200 })
  for (const frame of frames) expect(frame.index > 'b0Z').toBe(true)
  for (const record of records) expect(() => validateRecord(record), record.id).not.toThrow()
})

test('the origin moves a whole template', () => {
  const frames = framesOf(buildTemplateRecords('exploration', { x: -300, y: 40 }))
  expect(frames[0]).toMatchObject({ x: -300, y: 40 })
  expect(frames.find((frame) => frame.id === forLaterFrameId)).toMatchObject({
    x: -300 + stageWidth('exploration') + templateLayout.stageGap,
    y: 40,
  })
})

describe.each(templateIds.filter((id) => id !== 'blank'))('"For later" on the %s template', (templateId) => {
  const records = buildTemplateRecords(templateId)
  const frames = framesOf(records)

  test('there is exactly one, last in order and right of every stage', () => {
    const forLaterFrames = frames.filter((frame) => frame.props.name === forLater.title)
    expect(forLaterFrames.map((frame) => frame.id)).toEqual([forLaterFrameId])
    expect(frames.at(-1)?.id).toBe(forLaterFrameId)
    const frame = forLaterFrames[0]!
    for (const step of stepFramesOf(records)) {
      expect(frame.x).toBeGreaterThanOrEqual(step.x + step.props.w + templateLayout.stageGap)
    }
  })

  test('it holds its prompt and picture as locked furniture, and no notes', () => {
    const inside = shapesOf(records).filter((shape) => shape.parentId === forLaterFrameId)
    expect(inside.map((shape) => shape.type).sort()).toEqual(['image', 'text'])
    for (const shape of inside) expect(shape.isLocked).toBe(true)
    const text = inside.find((shape): shape is TLTextShape => shape.type === 'text')
    expect(JSON.stringify(text?.props.richText)).toContain(forLater.prompt)
    const picture = inside.find((shape): shape is TLImageShape => shape.type === 'image')
    expect(picture?.props.altText).toBe(forLater.picture.name)
  })

  test("the frame has no author, so it is the facilitator's like the step frames", () => {
    const frame = frames.find((candidate) => candidate.id === forLaterFrameId)!
    expect(frame.meta).toEqual({})
    expect(frame.parentId).toBe(firstPageId)
  })
})

test('a stage added later brings no "For later" frame of its own', () => {
  const records = buildStageRecords('embedding', { origin: { x: 5000, y: 0 } })
  expect(records.some((record) => record.id === forLaterFrameId)).toBe(false)
  expect(records.some((record) => record.id.includes('for-later'))).toBe(false)
})
