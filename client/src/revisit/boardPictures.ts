import type { Editor, TLShapeId } from 'tldraw'
import { findStage, type ParticipantProfile, type StageId } from '@wesee/shared'
import { withExportCopy } from './exportCopy.ts'
import { imagesToPdf } from './pdf/imagesToPdf.ts'

/** What a picture of the board shows. */
export type PictureScope = { kind: 'board' } | { kind: 'frame'; frameId: string } | { kind: 'selection' }

export type PictureFormat = 'png' | 'svg'

/** A frame as the export panel lists it. */
export interface FrameChoice {
  id: string
  title: string
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
      ordered.push({ id: step.frameId, title: step.title })
    }
  }
  const rest = frames
    .filter((frame) => !taken.has(frame.id))
    .sort((a, b) => a.x - b.x || a.y - b.y)
    .map((frame) => ({ id: frame.id as string, title: (frame.props as { name?: string }).name || frame.id }))
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

/**
 * A picture of some shapes, PNG or SVG, through tldraw's own export: it
 * draws them as everyone sees them, with the pictures inside the file (so
 * it opens anywhere, with no link back to WeSee). Drawn from a copy where
 * only people who agreed are named (`withExportCopy`).
 */
export async function boardPicture(
  editor: Editor,
  people: readonly ParticipantProfile[],
  ids: TLShapeId[],
  format: PictureFormat,
): Promise<Blob> {
  return withExportCopy(editor, people, async (copy) => {
    const { blob } = await copy.toImage(ids, { format, background: true, padding: 32 })
    return blob
  })
}

/** A PDF of the board: one page per frame, in stage order, named as `boardPicture` names. */
export async function boardPdf(
  editor: Editor,
  people: readonly ParticipantProfile[],
  frames: readonly FrameChoice[],
): Promise<Blob> {
  const pages = await withExportCopy(editor, people, async (copy) => {
    const drawn = []
    for (const frame of frames) {
      const { blob, width, height } = await copy.toImage([frame.id as TLShapeId], {
        format: 'jpeg',
        quality: 0.9,
        background: true,
        padding: 16,
        pixelRatio: 1,
      })
      drawn.push({ jpeg: new Uint8Array(await blob.arrayBuffer()), width, height })
    }
    return drawn
  })
  const pdf = imagesToPdf(pages)
  return new Blob([pdf.buffer as ArrayBuffer], { type: 'application/pdf' })
}
