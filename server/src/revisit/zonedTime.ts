/**
 * Times as people read them, in the board's time zone (a board setting), so
 * a summary or payment record made on a server in UTC says the time on the
 * wall of the room.
 */
function format(ms: number, timeZone: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat('en-GB', { ...options, timeZone }).format(new Date(ms))
}

/** "3 December 2026" */
export function zonedDate(ms: number, timeZone: string): string {
  return format(ms, timeZone, { dateStyle: 'long' })
}

/** "14:05" */
export function zonedClock(ms: number, timeZone: string): string {
  return format(ms, timeZone, { timeStyle: 'short' })
}

/** "3 December 2026 at 14:05", with the zone's name when it is not obvious from the board. */
export function zonedDateTime(ms: number, timeZone: string): string {
  return format(ms, timeZone, { dateStyle: 'long', timeStyle: 'short' })
}
