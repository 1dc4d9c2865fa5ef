import { dateTimeFormat, intlLocale, type BoardLanguage } from '@wesee/shared'

/**
 * Times as people read them, in the board's time zone (a board setting), so
 * a summary or payment record made on a server in UTC says the time on the
 * wall of the room, and in the board's language ("3 Rhagfyr 2026").
 */
function format(ms: number, timeZone: string, language: BoardLanguage, options: Intl.DateTimeFormatOptions) {
  return dateTimeFormat(intlLocale(language), { ...options, timeZone }).format(new Date(ms))
}

/** "3 December 2026" */
export function zonedDate(ms: number, timeZone: string, language: BoardLanguage): string {
  return format(ms, timeZone, language, { dateStyle: 'long' })
}

/** "14:05" */
export function zonedClock(ms: number, timeZone: string, language: BoardLanguage): string {
  return format(ms, timeZone, language, { timeStyle: 'short' })
}

/** "3 December 2026 at 14:05" */
export function zonedDateTime(ms: number, timeZone: string, language: BoardLanguage): string {
  return format(ms, timeZone, language, { dateStyle: 'long', timeStyle: 'short' })
}
