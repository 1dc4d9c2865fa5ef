import * as v from 'valibot'
import { ErrorReason, schemaMessage } from '../errorReasons.ts'
import { boardLanguageSchema, sourceLanguage, type BoardLanguage } from '../i18n/boardLanguage.ts'

/**
 * A board's own settings: the language it is in, and for what the group
 * gives back after a session: whose board it is (the organisation on the
 * summary's cover), the time zone its times are written in, and what people
 * are paid for their time. Only the facilitator sees or changes them (anyone
 * on the board may read its languages, from `GET /api/boards/:id`).
 */
export interface BoardSettings {
  /** The board's own language: its templates, the projector, the summary and the exports. */
  language: BoardLanguage
  /** A second language the projector shows the step's prompt in too (bilingual signage); null for none. */
  secondLanguage: BoardLanguage | null
  /** The organisation's name, on the summary's cover; null when not given. */
  organisation: string | null
  /** An IANA time zone, e.g. "Europe/London"; times in the summary and payment record use it. */
  timeZone: string
  currency: Currency
  /** Pay for an hour of taking part, in the currency's smallest unit (pence); null when nobody is paid. */
  payPerHour: number | null
  /** The least anyone is paid for one session (e.g. a half day), in pence; null for none. */
  minimumPerSession: number | null
}

export const currencies = ['GBP', 'EUR', 'USD'] as const
export type Currency = (typeof currencies)[number]

/** A board nobody has set anything for yet: its times in UTC until the facilitator chooses. */
export const defaultBoardSettings: BoardSettings = {
  language: sourceLanguage,
  secondLanguage: null,
  organisation: null,
  timeZone: 'UTC',
  currency: 'GBP',
  payPerHour: null,
  minimumPerSession: null,
}

/** Most anyone can be paid per hour or per session, in pence (£10,000): a typo guard. */
export const maxPayPence = 1_000_000

/** True when the runtime knows the time zone (every IANA name Node and browsers ship). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: name })
    return name.length <= 64
  } catch {
    return false
  }
}

export const timeZoneSchema = v.pipe(
  v.string(schemaMessage(ErrorReason.UnknownTimeZone)),
  v.check(isTimeZone, schemaMessage(ErrorReason.UnknownTimeZone)),
)

/** An amount of pay in pence (or cents): a whole number from nothing to £10,000, or none. */
const pence = () =>
  v.nullable(
    v.pipe(
      v.number(schemaMessage(ErrorReason.PayNotRight)),
      v.integer(schemaMessage(ErrorReason.PayNotRight)),
      v.minValue(0, schemaMessage(ErrorReason.PayNotRight)),
      v.maxValue(maxPayPence, schemaMessage(ErrorReason.PayNotRight)),
    ),
  )

/**
 * `PUT /api/boards/:id/settings`: the whole set, as the facilitator's form
 * sends it. The languages may be left out (a form from before boards had
 * languages): the route keeps the board's own, and a stored row from then
 * reads as English.
 */
export const boardSettingsSchema = v.pipe(
  v.object({
    language: v.optional(boardLanguageSchema, sourceLanguage),
    secondLanguage: v.optional(v.nullable(boardLanguageSchema), null),
    organisation: v.nullable(
      v.pipe(
        v.string('The organisation must be words.'),
        v.trim(),
        v.maxLength(120, schemaMessage(ErrorReason.OrganisationTooLong, { max: 120 })),
        v.transform((name) => name || null),
      ),
    ),
    timeZone: timeZoneSchema,
    currency: v.picklist(currencies, 'Choose pounds, euros or dollars.'),
    payPerHour: pence(),
    minimumPerSession: pence(),
  }),
  // Showing the same words twice on the projector says nothing more.
  v.check(
    (settings) => settings.secondLanguage !== settings.language,
    schemaMessage(ErrorReason.SecondLanguageSame),
  ),
)
