import * as v from 'valibot'
import { ErrorReason, schemaMessage } from '../errorReasons.ts'

/**
 * "You said, we did" that keeps going: after a session the facilitator
 * writes what happened to each thing people said (a note in the Embedding
 * step's "You said, we did"), and updates it as things move. The control
 * doc's `youSaid` section; every key may read it (it is for giving back),
 * only the facilitator writes it, through `yousaid.update` and `yousaid.remove`.
 */
export const youSaidStatuses = ['we-did', 'working-on-it', 'not-yet'] as const
export type YouSaidStatus = (typeof youSaidStatuses)[number]

export interface YouSaidUpdate {
  /** The note people wrote. */
  shapeId: string
  /** Its words when the update was written, so the page reads right if the note changes. */
  said: string
  status: YouSaidStatus
  /** "We changed the timetable", or why not yet. */
  words: string
  /** The day it happened or is expected, as YYYY-MM-DD; null when not given. */
  date: string | null
  updatedAt: number
}

export interface YouSaidState {
  updates: YouSaidUpdate[]
}

export const maxYouSaidUpdates = 100
export const maxYouSaidWords = 500

const dayPattern = /^\d{4}-\d{2}-\d{2}$/

/** Facilitator: write or change what happened to something people said. */
export const youSaidUpdateCommand = v.object({
  type: v.literal('yousaid.update'),
  shapeId: v.pipe(
    v.string('Choose a note on the board.'),
    v.regex(/^shape:[A-Za-z0-9_-]{1,64}$/, 'Choose a note on the board.'),
  ),
  status: v.picklist(youSaidStatuses, 'Choose: we did it, we are working on it, or not yet.'),
  words: v.pipe(
    v.string('Say what happened in words.'),
    v.trim(),
    v.minLength(1, schemaMessage(ErrorReason.YouSaidWordsMissing)),
    v.maxLength(maxYouSaidWords, schemaMessage(ErrorReason.YouSaidWordsTooLong, { max: maxYouSaidWords })),
  ),
  date: v.optional(
    v.nullable(
      v.pipe(
        v.string(schemaMessage(ErrorReason.DateNotADay)),
        v.regex(dayPattern, schemaMessage(ErrorReason.DateNotADay)),
        v.check(
          (day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)),
          schemaMessage(ErrorReason.DateDoesNotExist),
        ),
      ),
    ),
  ),
})

/** Facilitator: take an update away. */
export const youSaidRemoveCommand = v.object({
  type: v.literal('yousaid.remove'),
  shapeId: v.pipe(
    v.string('Choose a note on the board.'),
    v.regex(/^shape:[A-Za-z0-9_-]{1,64}$/, 'Choose a note on the board.'),
  ),
})

/** `GET /api/boards/:id/updates`: the update page, for any key. */
export interface YouSaidPage {
  title: string
  organisation: string | null
  entries: Array<{
    shapeId: string
    /** What people said (a note's words). */
    said: string
    /** The writer's name, only when they agreed to be credited. */
    author: string | null
    update: YouSaidUpdate | null
  }>
}
