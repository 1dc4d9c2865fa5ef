import { describe, expect, it } from 'vitest'
import { dateTimeFormat, intlWritesDatesIn, numberFormat } from './dateTimeFormat.ts'

// Node has full ICU, so its own Welsh is the reference our fallback (for
// Chromium, which has none) must match, not a copy of it written here.
describe('Welsh dates without Intl’s Welsh', () => {
  const options: Intl.DateTimeFormatOptions[] = [
    { dateStyle: 'full' },
    { dateStyle: 'long' },
    { dateStyle: 'medium' },
    { timeStyle: 'short' },
    { dateStyle: 'medium', timeStyle: 'short' },
    { dateStyle: 'full', timeStyle: 'short' },
    { dateStyle: 'long', timeStyle: 'short' },
    { day: 'numeric', month: 'long', year: 'numeric' },
    { weekday: 'long', day: 'numeric', month: 'long' },
    { weekday: 'short' },
    { weekday: 'short', day: 'numeric', month: 'short' },
    { day: 'numeric', month: 'short', year: 'numeric' },
    { hour: 'numeric', minute: '2-digit', hour12: true },
    { month: 'short' },
  ]
  // A day in every month, so every month's and weekday's name is met, in and out of summer time.
  const dates = Array.from(
    { length: 12 },
    (_, month) => new Date(Date.UTC(2026, month, 1 + month * 2, 9 + month, 5)),
  )

  it('this runtime has Welsh, so it can be the reference', () => {
    expect(intlWritesDatesIn('cy')).toBe(true)
  })

  it.each(options)('writes %o as Intl’s Welsh does', (option) => {
    const withTimeZone = { ...option, timeZone: 'Europe/London' }
    const reference = new Intl.DateTimeFormat('cy', withTimeZone)
    const fallback = dateTimeFormat('cy', withTimeZone, false)
    for (const date of dates) expect(fallback.format(date)).toBe(reference.format(date))
  })

  it('says which day it is in the board’s time zone, not the machine’s', () => {
    const lateFriday = new Date('2026-12-04T23:30:00Z')
    const inAuckland = dateTimeFormat('cy', { dateStyle: 'full', timeZone: 'Pacific/Auckland' }, false)
    expect(inAuckland.format(lateFriday)).toBe('Dydd Sadwrn, 5 Rhagfyr 2026')
  })

  it('leaves other languages to Intl, and numbers fall back to en-GB, not the browser’s way', () => {
    expect(dateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(dates[0]!)).toBe(
      '1 January 2026',
    )
    expect(numberFormat('cy').format(1234.5)).toBe('1,234.5')
    expect(numberFormat('xx-unknown').format(1234.5)).toBe('1,234.5')
  })
})
