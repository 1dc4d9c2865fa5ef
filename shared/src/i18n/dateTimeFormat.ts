/**
 * Dates, times and numbers in a person's language. Intl does this when the
 * runtime has the language's data, but Chromium's ICU data (so Chrome, Edge
 * and Android's browser) has no Welsh dates or numbers, only Welsh plural
 * rules: `Intl.DateTimeFormat('cy')` there says "Friday, December 4, 2026".
 * Node's full ICU has them.
 * So for Welsh, where Intl lacks it, we write dates in en-GB's shapes (the
 * same order and punctuation as Welsh) with the Welsh names of months and
 * days, and numbers as en-GB writes them (Welsh writes 1,234.5 too).
 */

import { intlLocaleFor } from './languages.ts'

/**
 * Ionawr … Rhagfyr and Dydd Sul … Dydd Sadwrn (Sunday first, as getDay()
 * counts), as CLDR (and so Node's Intl) writes them. Short names differ
 * inside a date ("3 Chwef 2026") and on their own ("Chw").
 */
const welshNames = {
  month: {
    long: [
      'Ionawr',
      'Chwefror',
      'Mawrth',
      'Ebrill',
      'Mai',
      'Mehefin',
      'Gorffennaf',
      'Awst',
      'Medi',
      'Hydref',
      'Tachwedd',
      'Rhagfyr',
    ],
    inDate: ['Ion', 'Chwef', 'Maw', 'Ebr', 'Mai', 'Meh', 'Gorff', 'Awst', 'Medi', 'Hyd', 'Tach', 'Rhag'],
    alone: ['Ion', 'Chw', 'Maw', 'Ebr', 'Mai', 'Meh', 'Gor', 'Awst', 'Medi', 'Hyd', 'Tach', 'Rhag'],
  },
  weekday: {
    long: ['Dydd Sul', 'Dydd Llun', 'Dydd Mawrth', 'Dydd Mercher', 'Dydd Iau', 'Dydd Gwener', 'Dydd Sadwrn'],
    inDate: ['Sul', 'Llun', 'Maw', 'Mer', 'Iau', 'Gwen', 'Sad'],
    alone: ['Sul', 'Llun', 'Maw', 'Mer', 'Iau', 'Gwe', 'Sad'],
  },
} as const

/** What a formatter must do for us: Intl.DateTimeFormat's `format`. */
export interface DateFormatter {
  format(date: Date | number): string
}

/** True when this runtime's Intl writes dates in `language` itself, not a fallback. */
export function intlWritesDatesIn(language: string): boolean {
  return Intl.DateTimeFormat.supportedLocalesOf([language]).length > 0
}

/**
 * A date/time formatter for `language`. `intlHasLanguage` is for tests, to
 * try the Welsh fallback on a runtime that has Welsh.
 */
export function dateTimeFormat(
  language: string,
  options: Intl.DateTimeFormatOptions,
  intlHasLanguage = intlWritesDatesIn(language),
): DateFormatter {
  if (intlHasLanguage || primary(language) !== 'cy') {
    return new Intl.DateTimeFormat([intlLocaleFor(language), 'en-GB'], options)
  }
  return welshFromEnglishShapes(options)
}

/** A number formatter for `language`, falling back to en-GB's way (not the browser's) where Intl lacks it. */
export function numberFormat(language: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return new Intl.NumberFormat([intlLocaleFor(language), 'en-GB'], options)
}

function primary(language: string): string {
  return language.toLowerCase().split(/[-_]/)[0] ?? ''
}

function welshFromEnglishShapes(options: Intl.DateTimeFormatOptions): DateFormatter {
  const english = new Intl.DateTimeFormat('en-GB', options)
  const resolved = english.resolvedOptions()
  // Which month and weekday a date is, in the formatter's own time zone.
  const numbers = new Intl.DateTimeFormat('en-GB', {
    timeZone: resolved.timeZone,
    month: 'numeric',
    weekday: 'short',
  })
  const englishWeekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
  return {
    format(date) {
      const known = numbers.formatToParts(date)
      const month = Number(known.find((part) => part.type === 'month')?.value) - 1
      const weekday = englishWeekdays.indexOf(known.find((part) => part.type === 'weekday')?.value ?? '')
      const parts = english.formatToParts(date)
      const alone = parts.filter((part) => part.type !== 'literal').length === 1
      const name = (field: 'month' | 'weekday', english: string, index: number) => {
        const names = welshNames[field]
        return (english.length > 3 ? names.long : alone ? names.alone : names.inDate)[index]
      }
      return parts
        .map((part, index) => {
          if (part.type === 'month' && !/^\d+$/.test(part.value)) return name('month', part.value, month)
          if (part.type === 'weekday') {
            // "Dydd Sul, 1 Mawrth": Welsh puts a comma after the day's name where en-GB may not.
            const next = parts[index + 1]
            const comma = next?.type === 'literal' && next.value === ' ' ? ',' : ''
            return `${name('weekday', part.value, weekday)}${comma}`
          }
          if (part.type === 'literal' && part.value === ' at ') return ' am '
          // CLDR's Welsh writes "9:05 AM" with a plain space (en-GB: "9:05 am", a narrow one).
          if (part.type === 'dayPeriod') return part.value.toUpperCase()
          if (part.type === 'literal' && parts[index + 1]?.type === 'dayPeriod') return ' '
          return part.value
        })
        .join('')
    },
  }
}
