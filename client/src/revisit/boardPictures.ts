import { getSvgAsImage, type Editor, type TLShapeId } from 'tldraw'
import {
  findStage,
  peopleWhoTookPart,
  type ControlSnapshot,
  type ParticipantProfile,
  type StageId,
} from '@wesee/shared'
import { withExportCopy } from './exportCopy.ts'
import { layoutReport, type PaperSize, type ReportStep } from './pdf/layoutReport.ts'
import { notesInFrame, votesInFrame } from './pdf/stepContents.ts'
import { writePdf } from './pdf/writePdf.ts'
import { pixelRatioFor } from './pictureSize.ts'

/** What a picture of the board shows. */
export type PictureScope = { kind: 'board' } | { kind: 'frame'; frameId: string } | { kind: 'selection' }

export type PictureFormat = 'png' | 'svg'

/** A frame as the export panel lists it. */
export interface FrameChoice {
  id: string
  title: string
  /** The template step's question, for the PDF; null for frames people made. */
  prompt: string | null
}

/**
 * The board's frames in the order the group goes through them: the
 * template's steps stage by stage, then frames people made, left to right.
 */
export function framesInStageOrder(editor: Editor, stages: readonly StageId[]): FrameChoice[] {
  const frames = editor.getCurrentPageShapes().filter((shape) => shape.type === 'frame')
  const byId = new Map(frames.map((frame) => [frame.id as string, frame]))
  const ordered: FrameChoice[] = []
  const taken = new Set<string>()
  for (const stage of stages) {
    for (const step of findStage(stage).steps) {
      if (!byId.has(step.frameId) || taken.has(step.frameId)) continue
      taken.add(step.frameId)
      ordered.push({ id: step.frameId, title: step.title, prompt: step.prompt })
    }
  }
  const rest = frames
    .filter((frame) => !taken.has(frame.id))
    .sort((a, b) => a.x - b.x || a.y - b.y)
    .map((frame) => ({
      id: frame.id as string,
      title: (frame.props as { name?: string }).name || frame.id,
      prompt: null,
    }))
  return [...ordered, ...rest]
}

/** The shapes a picture of `scope` shows (none when there is nothing to show). */
export function shapesFor(editor: Editor, scope: PictureScope): TLShapeId[] {
  switch (scope.kind) {
    case 'board':
      return [...editor.getCurrentPageShapeIds()]
    case 'frame':
      return editor.getShape(scope.frameId as TLShapeId) ? [scope.frameId as TLShapeId] : []
    case 'selection':
      return editor.getSelectedShapeIds()
  }
}

/** A PNG or JPEG of some shapes and its size in pixels. */
interface DrawnPicture {
  blob: Blob
  width: number
  height: number
}

/**
 * Draws shapes of `copy` (an export copy) as a PNG or JPEG no bigger than
 * `maxPictureSide` on its longest side: tldraw's own SVG export, turned
 * into pixels at `pixelRatioFor` its size.
 */
async function drawPicture(
  copy: Editor,
  ids: TLShapeId[],
  options: { type: 'png' | 'jpeg'; padding: number; sharpness: number; quality?: number },
): Promise<DrawnPicture> {
  const svg = await copy.getSvgString(ids, { background: true, padding: options.padding })
  if (!svg) throw new Error('Nothing to draw')
  const blob = await getSvgAsImage(svg.svg, {
    type: options.type,
    width: svg.width,
    height: svg.height,
    pixelRatio: pixelRatioFor(svg.width, svg.height, options.sharpness),
    quality: options.quality,
  })
  if (!blob) throw new Error('The picture could not be drawn')
  // The picture's real size, as the browser drew it (the PDF must state it exactly).
  const bitmap = await createImageBitmap(blob)
  const drawn = { blob, width: bitmap.width, height: bitmap.height }
  bitmap.close()
  return drawn
}

/**
 * A picture of some shapes, PNG or SVG, through tldraw's own export: it
 * draws them as everyone sees them, with the pictures inside the file (so
 * it opens anywhere, with no link back to WeSee). Drawn from a copy where
 * only people who agreed are named (`withExportCopy`). A PNG is at most
 * `maxPictureSide` pixels on its longest side; an SVG has no pixels, so it
 * keeps the board's own size.
 */
export async function boardPicture(
  editor: Editor,
  people: readonly ParticipantProfile[],
  ids: TLShapeId[],
  format: PictureFormat,
): Promise<Blob> {
  return withExportCopy(editor, people, async (copy) => {
    if (format === 'svg') return (await copy.toImage(ids, { format, background: true, padding: 32 })).blob
    return (await drawPicture(copy, ids, { type: 'png', padding: 32, sharpness: 2 })).blob
  })
}

/**
 * A PDF of the board: a cover (title, date, how many took part, counted
 * as the summary counts), then a page for each frame in stage order: its
 * title and prompt, its picture, and beside it the notes and vote results
 * as real text. Named as
 * `boardPicture` names (drawn and read from the same export copy).
 */
export async function boardPdf(
  editor: Editor,
  input: {
    title: string
    control: ControlSnapshot
    frames: readonly FrameChoice[]
    paper: PaperSize
    now: Date
  },
): Promise<Blob> {
  const people = input.control.participants
  const tookPart = peopleWhoTookPart(people, editor.store.allRecords()).length
  const steps = await withExportCopy(editor, people, async (copy) => {
    const read: ReportStep[] = []
    for (const frame of input.frames) {
      const { blob, width, height } = await drawPicture(copy, [frame.id as TLShapeId], {
        type: 'jpeg',
        padding: 16,
        sharpness: 1.5,
        quality: 0.9,
      })
      read.push({
        title: frame.title,
        prompt: frame.prompt,
        picture: { jpeg: new Uint8Array(await blob.arrayBuffer()), width, height },
        notes: notesInFrame(copy, frame.id),
        votes: votesInFrame(copy, input.control, frame.id, people),
      })
    }
    return read
  })
  const madeOn = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(
    input.now,
  )
  const pages = layoutReport({ title: input.title, madeOn, peopleCount: tookPart, steps }, input.paper)
  const pdf = writePdf(pages, input.title)
  return new Blob([pdf.buffer as ArrayBuffer], { type: 'application/pdf' })
}
