import { noteShape } from '../shapes/noteShape.ts'
import {
  AssetRecordType,
  createShapeId,
  toRichText,
  type TLAssetId,
  type TLFrameShape,
  type TLImageAsset,
  type TLImageShape,
  type TLPageId,
  type TLParentId,
  type TLRecord,
  type TLShapeId,
  type TLTextShape,
} from '@tldraw/tlschema'
import { pictureUrl } from '../avatars.ts'
import { firstPageId } from '../boardDoc.ts'
import type { TemplateId } from '../templateIds.ts'
import { sourceLanguage, type BoardLanguage } from '../i18n/boardLanguage.ts'
import { forLaterIn, type ExtraFrameDefinition } from './forLater.ts'
import { findStage, templateStages, type Stage, type StageStep } from './index.ts'
import { indexKeysAbove, type IndexKey } from './indexKeys.ts'
import type { Picture } from './StageDefinition.ts'
import type { StageId } from './stageIds.ts'

/** A point in page coordinates. */
export interface Point {
  x: number
  y: number
}

/**
 * Sizes of a template's layout, in page units. Frames are big enough for a
 * group's notes, one row per board: steps left to right, and a wider gap
 * between stages so each stage reads as one block.
 */
export const templateLayout = {
  frameWidth: 1600,
  frameHeight: 1000,
  stepGap: 200,
  stageGap: 600,
  padding: 48,
  pictureSize: 200,
  noteSize: 200,
  noteGap: 40,
} as const

/** Where to put a stage, and what its frames must sit above. */
export interface StagePlacement {
  /** Top-left corner of the stage's first frame. */
  origin?: Point
  pageId?: TLPageId
  /** The highest index key among the page's shapes; the new frames go above it. */
  indexAbove?: string | null
  /** The language of the frames' words: the board's (English when not said). */
  language?: BoardLanguage
}

/** The width a stage takes on the board, first frame's left edge to last frame's right edge. */
export function stageWidth(stage: StageId): number {
  const count = findStage(stage).steps.length
  return count * templateLayout.frameWidth + (count - 1) * templateLayout.stepGap
}

/**
 * The tldraw records of a template: for every step of every stage, a frame
 * titled with the step's title, holding its picture, its prompt, the stage's
 * guidance and any starter notes; then one "For later" frame to the right of
 * the last stage; plus the picture assets. Stages run left to right from
 * `origin`. A blank board has none of these. Does not include the document
 * and page records (createBaseRecords). The words are in the board's
 * `language`; once written, they are the board's own (the facilitator may
 * change them), so changing the board's language later leaves them be.
 */
export function buildTemplateRecords(
  templateId: TemplateId,
  origin: Point = { x: 0, y: 0 },
  language: BoardLanguage = sourceLanguage,
): TLRecord[] {
  const stageList = templateStages(templateId)
  if (stageList.length === 0) return []
  const records = new Map<string, TLRecord>()
  let x = origin.x
  let indexAbove: string | null = null
  for (const stage of stageList) {
    for (const record of buildStageRecords(stage, { origin: { x, y: origin.y }, indexAbove, language })) {
      records.set(record.id, record)
      if (record.typeName === 'shape' && record.type === 'frame') indexAbove = record.index
    }
    x += stageWidth(stage) + templateLayout.stageGap
  }
  // Only the board's first layout gets one: a stage added later (appendStage)
  // comes with its steps alone, so a board never has two.
  for (const record of buildExtraFrameRecords(forLaterIn(language), {
    origin: { x, y: origin.y },
    indexAbove,
  })) {
    records.set(record.id, record)
  }
  return [...records.values()]
}

/** The records of a frame that is not a step (such as "For later"): its picture asset, the frame and its words. */
export function buildExtraFrameRecords(
  definition: ExtraFrameDefinition,
  placement: StagePlacement = {},
): TLRecord[] {
  const asset = pictureAsset(definition.picture)
  const [index] = indexKeysAbove(placement.indexAbove ?? null, 1)
  const content: FrameContent = {
    frameId: definition.frameId,
    key: definition.key,
    title: definition.title,
    lines: [definition.prompt],
    picture: definition.picture,
    starterNotes: [],
  }
  return [
    asset,
    ...frameRecords(
      content,
      placement.origin ?? { x: 0, y: 0 },
      placement.pageId ?? firstPageId,
      index!,
      asset.id,
    ),
  ]
}

/**
 * The records of one stage's frames, placed at `origin` on `pageId` and
 * ordered above `indexAbove`: what the server appends when a facilitator
 * adds a stage to a board.
 */
export function buildStageRecords(stageId: StageId, placement: StagePlacement = {}): TLRecord[] {
  const stage = findStage(stageId, placement.language)
  const origin = placement.origin ?? { x: 0, y: 0 }
  const pageId = placement.pageId ?? firstPageId
  const frameIndices = indexKeysAbove(placement.indexAbove ?? null, stage.steps.length)
  const records: TLRecord[] = []
  const assets = new Map<string, TLImageAsset>()
  stage.steps.forEach((step, i) => {
    const frameX = origin.x + i * (templateLayout.frameWidth + templateLayout.stepGap)
    const asset = pictureAsset(step.picture)
    assets.set(asset.id, asset)
    records.push(
      ...frameRecords(
        stepContent(stage, step),
        { x: frameX, y: origin.y },
        pageId,
        frameIndices[i]!,
        asset.id,
      ),
    )
  })
  return [...assets.values(), ...records]
}

/** The asset record of an OpenMoji picture, shared by every frame that shows it. */
export function pictureAssetId(picture: Picture): TLAssetId {
  return AssetRecordType.createId(`picture-${picture.id}`)
}

/**
 * The image asset of a library picture (`src` is `pictureUrl(id)`). Its id is
 * derived from the picture, so every frame and every person adding the same
 * picture shares one asset record.
 */
export function pictureAsset(picture: Picture): TLImageAsset {
  return {
    id: pictureAssetId(picture),
    typeName: 'asset',
    type: 'image',
    props: {
      // OpenMoji's drawings are 72 units square.
      w: 72,
      h: 72,
      name: `${picture.name}.svg`,
      isAnimated: false,
      mimeType: 'image/svg+xml',
      src: pictureUrl(picture.id),
    },
    meta: {},
  }
}

/** What one template frame shows: a step's, or an extra frame's such as "For later". */
interface FrameContent {
  frameId: TLShapeId
  /** What the ids of the frame's own shapes are made from (e.g. "exploration-i-see"). */
  key: string
  title: string
  /** The prompt first, then any guidance. */
  lines: readonly string[]
  picture: Picture
  starterNotes: readonly string[]
}

function stepContent(stage: Stage, step: StageStep): FrameContent {
  return {
    frameId: step.frameId,
    key: `${step.stage}-${step.id}`,
    title: step.title,
    lines: [step.prompt, stage.guidance].filter((line): line is string => line !== null),
    picture: step.picture,
    starterNotes: step.starterNotes,
  }
}

function frameShapeId(kind: string, content: FrameContent, suffix = ''): TLShapeId {
  return createShapeId(`${kind}-${content.key}${suffix}`)
}

const shapeBase = { rotation: 0, opacity: 1, meta: {} } as const

function frameRecords(
  content: FrameContent,
  at: Point,
  pageId: TLPageId,
  index: IndexKey,
  assetId: TLAssetId,
): TLRecord[] {
  const { frameWidth, frameHeight, padding, pictureSize, noteSize, noteGap } = templateLayout
  const frame: TLFrameShape = {
    ...shapeBase,
    id: content.frameId,
    typeName: 'shape',
    type: 'frame',
    parentId: pageId,
    index,
    x: at.x,
    y: at.y,
    isLocked: false,
    props: { w: frameWidth, h: frameHeight, name: content.title, color: 'black' },
  }
  const parentId: TLParentId = frame.id
  const textX = padding + pictureSize + padding
  const textWidth = frameWidth - textX - padding
  const lines = content.lines
  const notes = content.starterNotes
  const indices = indexKeysAbove(null, 1 + lines.length + notes.length)
  const children: TLRecord[] = []

  // The picture and the words are the frame's furniture: locked, so a stray
  // drag does not move them; the group's own notes go around them.
  const picture: TLImageShape = {
    ...shapeBase,
    id: frameShapeId('picture', content),
    typeName: 'shape',
    type: 'image',
    parentId,
    index: indices[0]!,
    x: padding,
    y: padding,
    isLocked: true,
    props: {
      w: pictureSize,
      h: pictureSize,
      playing: true,
      url: '',
      assetId,
      crop: null,
      flipX: false,
      flipY: false,
      altText: content.picture.name,
    },
  }
  children.push(picture)

  lines.forEach((line, i) => {
    const isPrompt = i === 0
    const text: TLTextShape = {
      ...shapeBase,
      id: frameShapeId(isPrompt ? 'prompt' : 'guidance', content),
      typeName: 'shape',
      type: 'text',
      parentId,
      index: indices[1 + i]!,
      x: textX,
      // The prompt may wrap to two lines at this size; guidance sits below.
      y: isPrompt ? padding + 16 : padding + 168,
      isLocked: true,
      props: {
        color: isPrompt ? 'black' : 'grey',
        size: isPrompt ? 'xl' : 'l',
        font: 'sans',
        textAlign: 'start',
        w: textWidth,
        richText: toRichText(line),
        scale: 1,
        autoSize: false,
      },
    }
    children.push(text)
  })

  notes.forEach((words, i) => {
    const note = noteShape({
      id: frameShapeId('starter', content, `-${i + 1}`),
      parentId,
      index: indices[1 + lines.length + i]!,
      x: textX + i * (noteSize + noteGap),
      y: padding + pictureSize + 80,
      text: words,
    })
    children.push(note)
  })

  return [frame, ...children]
}
