import { describe, expect, it } from 'vitest'
import { createI18n } from './createI18n.ts'
import { findLanguage, TranslationStatus } from './languages.ts'
import englishClient from './locales/en/client.json' with { type: 'json' }
import welshClient from './locales/cy/client.json' with { type: 'json' }
import { byMessage, valuesIn } from './catalogueMessages.testing.ts'

const english = byMessage(englishClient)
const welsh = byMessage(welshClient)
const welshForms = new Intl.PluralRules('cy').resolvedOptions().pluralCategories
const welshOrdinalForms = new Intl.PluralRules('cy', { type: 'ordinal' }).resolvedOptions().pluralCategories

describe('the Welsh client catalogue', () => {
  it('has every English message and no other', () => {
    expect([...welsh.keys()].filter((key) => !english.has(key))).toEqual([])
    expect([...english.keys()].filter((key) => !welsh.has(key))).toEqual([])
  })

  it('has all six Welsh plural forms wherever English has plural forms', () => {
    for (const [key, forms] of english) {
      const counted = [...forms.keys()].some(Boolean)
      const wanted = key.endsWith('_ordinal') ? welshOrdinalForms : welshForms
      const have = [...welsh.get(key)!.keys()]
      expect(have.sort(), key).toEqual(counted ? [...wanted].sort() : [''])
    }
  })

  it('keeps every value English fills in, in every form', () => {
    for (const [key, forms] of english) {
      const englishValues = new Set([...forms.values()].flatMap(valuesIn))
      for (const [form, words] of welsh.get(key)!) {
        expect(words.trim(), `${key} ${form}`).not.toBe('')
        const values = new Set(valuesIn(words))
        // "You have used all your votes": a zero form may leave the number out, as English's does.
        if (form === 'zero') for (const value of values) expect(englishValues, key).toContain(value)
        else expect(values, `${key} ${form}`).toEqual(englishValues)
      }
    }
  })

  it('is marked machine-translated and complete for the client and tldraw', () => {
    const entry = findLanguage('cy')!
    expect(entry.status).toBe(TranslationStatus.MachineTranslated)
    expect(entry.complete).toEqual(expect.arrayContaining(['client', 'tldraw']))
  })

  describe('says counts the Welsh way', () => {
    const i18n = createI18n({
      language: 'cy',
      resources: { en: { client: englishClient }, cy: { client: welshClient } },
      defaultNamespace: 'client',
    })
    const t = (key: string, values: Record<string, unknown>) => i18n.t(key, values) as string

    it('in each of the six forms', () => {
      expect([0, 1, 2, 3, 6, 11].map((count) => t('voting.votesLeft', { count }))).toEqual([
        'Rydych chi wedi defnyddio’ch holl bleidleisiau',
        'Mae gennych chi 1 bleidlais ar ôl',
        'Mae gennych chi 2 o bleidleisiau ar ôl',
        'Mae gennych chi 3 o bleidleisiau ar ôl',
        'Mae gennych chi 6 o bleidleisiau ar ôl',
        'Mae gennych chi 11 o bleidleisiau ar ôl',
      ])
      expect(t('counts.people', { count: 1 })).toBe('1 person')
      expect(t('counts.people', { count: 2 })).toBe('2 o bobl')
    })

    it('with Welsh ordinals: 1af, 2il, 3ydd, 4ydd, 5ed, 7fed', () => {
      expect([1, 2, 3, 4, 5, 6, 7, 8].map((count) => t('common.ordinal', { count, ordinal: true }))).toEqual([
        '1af',
        '2il',
        '3ydd',
        '4ydd',
        '5ed',
        '6ed',
        '7fed',
        '8fed',
      ])
    })

    it('saying plainly when there is no Welsh voice, with no mutation to get wrong', () => {
      const language = t('languageNames.cy', {})
      expect(t('readAloud.noVoice', { language })).toBe(
        'Does dim llais Cymraeg ar y ddyfais hon, felly mae’n methu darllen Cymraeg yn uchel.',
      )
    })

    it('reusing one message through nesting', () => {
      expect(t('closeReasons.Unauthorized', {})).toBe(welshClient.status.wrongKey)
    })
  })
})
