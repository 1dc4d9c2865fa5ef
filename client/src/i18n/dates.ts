import { dateTimeFormat, type DateFormatter } from '@wesee/shared'
import { chosenLanguage } from './chosenLanguage.ts'

const whenFormats = new Map<string, DateFormatter>()

/** A date and time, as "when" is shown on screen ("4 Dec 2026, 19:55"), in the person's language. */
export function formatWhen(when: Date | number): string {
  const { code } = chosenLanguage()
  let format = whenFormats.get(code)
  if (!format) {
    format = dateTimeFormat(code, { dateStyle: 'medium', timeStyle: 'short' })
    whenFormats.set(code, format)
  }
  return format.format(when)
}
