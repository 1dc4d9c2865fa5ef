import { createShapeId, type TLShapeId } from '@tldraw/tlschema'
import { boardT } from '../i18n/boardWords.ts'
import { sourceLanguage, type BoardLanguage } from '../i18n/boardLanguage.ts'
import type { Picture } from './StageDefinition.ts'

/**
 * A frame a template board has besides its stages' steps, as data: it is
 * built the same way as a step's frame (buildTemplateRecords.ts).
 */
export interface ExtraFrameDefinition {
  /** The frame's stable id on the board. */
  frameId: TLShapeId
  /** What the ids of the frame's picture and words are made from, e.g. "for-later". */
  key: string
  title: string
  /** One line in plain words saying what to do here. */
  prompt: string
  picture: Picture
}

/**
 * "For later" (a parking lot): one per template board, for things that come
 * up at the wrong time, so nobody's point is lost and the group stays on the
 * step. Anyone may add notes to it; the frame itself is the facilitator's,
 * like every template frame.
 */
export function forLaterIn(language: BoardLanguage): ExtraFrameDefinition {
  const t = boardT(language)
  return {
    frameId: forLaterFrameId,
    key: 'for-later',
    title: t('forLater.title'),
    prompt: t('forLater.prompt'),
    picture: { id: '1F4CC', name: t('forLater.picture') },
  }
}

/** The "For later" frame's id on every template board: `shape:frame-for-later`. */
export const forLaterFrameId: TLShapeId = createShapeId('frame-for-later')

/** "For later" in English. */
export const forLater: ExtraFrameDefinition = forLaterIn(sourceLanguage)
