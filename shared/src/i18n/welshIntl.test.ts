import { describe, expect, it } from 'vitest'

// Welsh dates, numbers and plurals come from the runtime's Intl (ICU), not
// from our catalogue. This says what we rely on, so a runtime built without
// Welsh data (small-icu) fails here rather than showing English dates.
describe('Intl in Welsh (cy)', () => {
  const friday = new Date('2026-12-04T19:30:00Z')

  it('has all six Welsh plural forms: zero, one, two, few, many, other', () => {
    const plural = new Intl.PluralRules('cy')
    expect([...plural.resolvedOptions().pluralCategories].sort()).toEqual(
      ['few', 'many', 'one', 'other', 'two', 'zero'].sort(),
    )
    expect([0, 1, 2, 3, 6, 4, 5, 7, 10].map((n) => plural.select(n))).toEqual([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
      'other',
      'other',
      'other',
    ])
  })

  it('writes dates and times in Welsh', () => {
    expect(Intl.DateTimeFormat.supportedLocalesOf(['cy'])).toEqual(['cy'])
    const date = new Intl.DateTimeFormat('cy', { dateStyle: 'full', timeZone: 'Europe/London' }).format(
      friday,
    )
    expect(date).toBe('Dydd Gwener, 4 Rhagfyr 2026')
    const time = new Intl.DateTimeFormat('cy', { timeStyle: 'short', timeZone: 'Europe/London' }).format(
      friday,
    )
    expect(time).toBe('19:30')
  })

  it('says how long ago in Welsh', () => {
    const ago = new Intl.RelativeTimeFormat('cy', { numeric: 'auto' })
    expect(ago.format(-1, 'day')).toBe('ddoe')
    expect(ago.format(0, 'day')).toBe('heddiw')
    expect(ago.format(-3, 'day')).toBe('3 diwrnod yn ôl')
    expect(ago.format(-5, 'minute')).toBe('5 munud yn ôl')
  })

  it('writes numbers and lists the Welsh way', () => {
    expect(new Intl.NumberFormat('cy').format(1234.5)).toBe('1,234.5')
    expect(new Intl.DisplayNames('cy', { type: 'language' }).of('cy')).toBe('Cymraeg')
    expect(new Intl.ListFormat('cy').format(['Ann', 'Bryn', 'Cai'])).toBe('Ann, Bryn, a(c) Cai')
  })
})
