import type { BoardLanguage } from '../i18n/boardLanguage.ts'
import { intlLocale } from '../i18n/boardWords.ts'
import { numberFormat } from '../i18n/dateTimeFormat.ts'
import type { Currency } from './boardSettings.ts'

/**
 * The payment record (`GET /api/boards/:id/payments`): the time each person
 * took part, session by session, in the board's time zone, and with a rate
 * set, what they are owed. It is a record of time, not payroll. A person is
 * named only when they agreed to be credited; otherwise by their picture's
 * name and a short reference the facilitator can match in "Who is here".
 */
export interface PaymentRecord {
  boardId: string
  title: string
  organisation: string | null
  timeZone: string
  currency: Currency
  /** Pence per hour, or null when nobody is paid (then there are no amounts). */
  payPerHour: number | null
  minimumPerSession: number | null
  /** When it was made, in the board's time zone and language, as words. */
  made: string
  /** The board's language, which its words, dates and money are written in. */
  language: BoardLanguage
  people: PaymentPerson[]
  /** Everyone's amounts added up; null without a rate. */
  totalAmount: number | null
}

export interface PaymentPerson {
  /** Their name with consent, else their picture's name. */
  who: string
  /** A short reference, the start of their id, shown to the facilitator in "Who is here". */
  ref: string
  sessions: PaymentSession[]
  totalMinutes: number
  totalAmount: number | null
}

export interface PaymentSession {
  /** The day, in the board's time zone ("3 December 2026"). */
  date: string
  /** Times of day in the board's time zone ("14:05"). */
  arrived: string
  left: string
  minutes: number
  /** Still here when the record was made. */
  ongoing: boolean
  amount: number | null
}

/**
 * What one session is owed, in pence: its minutes at the hourly rate, to the
 * nearest penny, and never less than the minimum for a session.
 */
export function amountForSession(
  minutes: number,
  payPerHour: number | null,
  minimum: number | null,
): number | null {
  if (payPerHour === null) return null
  return Math.max(minimum ?? 0, Math.round((minutes * payPerHour) / 60))
}

/** The short reference the payment record and "Who is here" both show for a person. */
export function personRef(participantId: string): string {
  return participantId.slice(0, 6)
}

/** Pence as money people read: "£12.50". */
export function formatMoney(pence: number, currency: Currency, language: BoardLanguage = 'en'): string {
  return numberFormat(intlLocale(language), { style: 'currency', currency }).format(pence / 100)
}
