import * as v from 'valibot'
import {
  englishErrorMessage,
  ErrorReason,
  problemOfIssue,
  schemaMessage,
  type ErrorProblem,
} from './errorReasons.ts'
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
    v.string(schemaMessage(ErrorReason.BoardNameMissing)),
    v.trim(),
    v.minLength(1, schemaMessage(ErrorReason.BoardNameMissing)),
    v.maxLength(
      defaultLimits.maxTitleLength,
      schemaMessage(ErrorReason.NameTooLong, { max: defaultLimits.maxTitleLength }),
    ),
  ),
  template: v.optional(v.picklist(templateIds, schemaMessage(ErrorReason.UnknownTemplate)), 'blank'),
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
 * Decoded result: the typed value, or the first problem: its English words
 * and its reason. The reason is the one the schema's refinement named with
 * `schemaMessage`; a problem the schema gave no reason (what only a
 * hand-made request sends: a name that is a number, an unknown field) has
 * the caller's fallback, `request_not_right` unless it says otherwise, and
 * keeps the schema's own words as its message, for API users and logs.
 */
export type Decoded<T> = { ok: true; value: T } | { ok: false; message: string; problem: ErrorProblem }

/** Decodes `input` with `schema`, returning the first issue's words and reason. */
export function decodeWith<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
  fallback: ErrorReason = ErrorReason.RequestNotRight,
): Decoded<v.InferOutput<S>> {
  const result = v.safeParse(schema, input)
  if (result.success) return { ok: true, value: result.output }
  const issue = result.issues[0]
  const problem = issue ? problemOfIssue(issue) : undefined
  if (problem) return { ok: false, message: issue!.message, problem }
  return {
    ok: false,
    message: issue?.message ?? englishErrorMessage(fallback),
    problem: { reason: fallback },
  }
}
