import * as v from 'valibot'
import { ErrorReason, schemaMessage } from '../errorReasons.ts'
import { defaultLimits } from '../limits.ts'

const titleSchema = v.pipe(
  v.string(schemaMessage(ErrorReason.BoardNameMissing)),
  v.trim(),
  v.minLength(1, schemaMessage(ErrorReason.BoardNameMissing)),
  v.maxLength(
    defaultLimits.maxTitleLength,
    schemaMessage(ErrorReason.NameTooLong, { max: defaultLimits.maxTitleLength }),
  ),
)

/** Body of `PATCH /api/boards/:id`: a new name, putting the board away or back, or both. */
export const updateBoardRequestSchema = v.pipe(
  v.strictObject(
    {
      title: v.optional(titleSchema),
      archived: v.optional(v.boolean('Choose yes or no for putting the board away.')),
    },
    'Send a new name, or whether to put the board away.',
  ),
  v.check(
    (body) => body.title !== undefined || body.archived !== undefined,
    'Send a new name, or whether to put the board away.',
  ),
)

/** Body of `POST /api/boards/:id/duplicate`. */
export const duplicateBoardRequestSchema = v.strictObject(
  {
    title: v.optional(titleSchema),
    /** True to copy people's notes too; false (the default) for the layout only. */
    withNotes: v.optional(v.boolean('Choose yes or no for copying the notes.')),
  },
  'Send a name for the copy, and whether to copy the notes.',
)

/** Response of `PATCH /api/boards/:id`. */
export interface UpdatedBoard {
  id: string
  title: string
  archived: boolean
}
