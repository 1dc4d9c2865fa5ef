import * as v from 'valibot'
import { problemOfSchemaMessage, type ErrorProblem } from './errorReasons.ts'
import { boardLanguageSchema } from './i18n/boardLanguage.ts'
import { timeZoneSchema } from './revisit/boardSettings.ts'
import { defaultLimits } from './limits.ts'
import { templateIds } from './templateIds.ts'

/**
 * Decoders for HTTP request bodies. Every body is decoded here into a typed
 * value before it reaches a room, so the server has one way to validate.
 */
export const createBoardRequestSchema = v.object({
  title: v.pipe(
    v.string('The board needs a name.'),
    v.trim(),
    v.minLength(1, 'The board needs a name.'),
    v.maxLength(
      defaultLimits.maxTitleLength,
      `The name is too long. Use ${defaultLimits.maxTitleLength} letters or fewer.`,
    ),
  ),
  template: v.optional(
    v.picklist(templateIds, 'We do not know that template. Choose one from the list.'),
    'blank',
  ),
  /** The facilitator's time zone, for the board's times (its settings; UTC when not sent). */
  timeZone: v.optional(timeZoneSchema),
  /**
   * The board's language (its templates, projector, summary and exports);
   * when not sent, the language of the maker's browser if a board can be in
   * it, else English.
   */
  language: v.optional(boardLanguageSchema),
})

export type CreateBoardInput = v.InferOutput<typeof createBoardRequestSchema>

/**
 * Decoded result: the typed value, or the first problem in plain words and,
 * when the schema said it with `schemaMessage`, its reason.
 */
export type Decoded<T> = { ok: true; value: T } | { ok: false; message: string; problem?: ErrorProblem }

/** Decodes `input` with `schema`, returning the first issue's message (and reason). */
export function decodeWith<S extends v.GenericSchema>(schema: S, input: unknown): Decoded<v.InferOutput<S>> {
  const result = v.safeParse(schema, input)
  if (result.success) return { ok: true, value: result.output }
  const message = result.issues[0]?.message ?? 'Something in the request is not right.'
  const problem = problemOfSchemaMessage(message)
  return problem ? { ok: false, message, problem } : { ok: false, message }
}
