import { describe, expect, it } from 'vitest'
import { createI18n } from './createI18n.ts'
import { dateTimeFormat, numberFormat } from './dateTimeFormat.ts'
import { findLanguage, intlLocaleFor, TranslationStatus } from './languages.ts'
import englishClient from './locales/en/client.json' with { type: 'json' }
import arabicClient from './locales/ar/client.json' with { type: 'json' }
import { byMessage, valuesIn } from './catalogueMessages.testing.ts'

const english = byMessage(englishClient)
const arabic = byMessage(arabicClient)
const arabicForms = new Intl.PluralRules('ar').resolvedOptions().pluralCategories
const arabicOrdinalForms = new Intl.PluralRules('ar', { type: 'ordinal' }).resolvedOptions().pluralCategories

describe('the Arabic client catalogue', () => {
  it('has every English message and no other', () => {
    expect([...arabic.keys()].filter((key) => !english.has(key))).toEqual([])
    expect([...english.keys()].filter((key) => !arabic.has(key))).toEqual([])
  })

  it('has all six Arabic plural forms wherever English has plural forms', () => {
    expect([...arabicForms].sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero'])
    for (const [key, forms] of english) {
      const counted = [...forms.keys()].some(Boolean)
      const wanted = key.endsWith('_ordinal') ? arabicOrdinalForms : arabicForms
      const have = [...arabic.get(key)!.keys()]
      expect(have.sort(), key).toEqual(counted ? [...wanted].sort() : [''])
    }
  })

  it('keeps every value English fills in, in every form', () => {
    for (const [key, forms] of english) {
      const englishValues = new Set([...forms.values()].flatMap(valuesIn))
      for (const [form, words] of arabic.get(key)!) {
        expect(words.trim(), `${key} ${form}`).not.toBe('')
        const values = new Set(valuesIn(words))
        for (const value of values) expect(englishValues, `${key} ${form}`).toContain(value)
        // Arabic says zero, one and two in the word itself ("لا أصوات", "صوت واحد", "صوتان"),
        // so only those forms may leave the number out; every other value stays in every form.
        const mayLeaveOut = ['zero', 'one', 'two'].includes(form) ? ['count'] : []
        for (const value of englishValues)
          if (!mayLeaveOut.includes(value)) expect(values, `${key} ${form}`).toContain(value)
      }
    }
  })

  it('is marked machine-translated, right to left, complete for the client', () => {
    const entry = findLanguage('ar')!
    expect(entry.status).toBe(TranslationStatus.MachineTranslated)
    expect(entry.dir).toBe('rtl')
    expect(entry.complete).toContain('client')
    expect(entry.notes).toMatch(/not yet reviewed by a native speaker/)
  })

  describe('says counts the Arabic way', () => {
    const i18n = createI18n({
      language: 'ar',
      resources: { en: { client: englishClient }, ar: { client: arabicClient } },
      defaultNamespace: 'client',
    })
    const votesLeft = (count: number) => i18n.t('voting.votesLeft', { count })

    it('uses each plural form for the numbers it is for', () => {
      expect(votesLeft(0)).toBe('استخدمت كل أصواتك')
      expect(votesLeft(1)).toBe('بقي لديك صوت واحد')
      expect(votesLeft(2)).toBe('بقي لديك صوتان')
      expect(votesLeft(3)).toBe('بقي لديك 3 أصوات')
      expect(votesLeft(10)).toBe('بقي لديك 10 أصوات')
      expect(votesLeft(11)).toBe('بقي لديك 11 صوتًا')
      expect(votesLeft(99)).toBe('بقي لديك 99 صوتًا')
      expect(votesLeft(100)).toBe('بقي لديك 100 صوت')
      expect(votesLeft(103)).toBe('بقي لديك 103 أصوات')
    })

    it('fills in values inside Arabic words', () => {
      expect(i18n.t('join.heading', { title: 'Our café' })).toBe('انضم إلى Our café')
      expect(i18n.t('projector.voted', { count: 1, people: i18n.t('counts.people', { count: 2 }) })).toBe(
        'صوّت 1 من شخصين',
      )
    })
  })

  it('writes numbers and dates with Western digits, as people in the UK see them', () => {
    // Pinned, not left to the runtime: older CLDR data (and ar-EG, ar-SA) write ١٢٣ for plain "ar".
    expect(intlLocaleFor('ar')).toBe('ar-u-nu-latn')
    expect(new Intl.NumberFormat('ar-EG').format(12)).toBe('١٢')
    expect(numberFormat('ar').format(1234.5)).toBe('1,234.5')
    const date = dateTimeFormat('ar', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    const written = date.format(Date.UTC(2026, 11, 4))
    expect(written).toMatch(/^4 .+ 2026$/)
    expect(written).not.toMatch(/[٠-٩]/)
  })
})
