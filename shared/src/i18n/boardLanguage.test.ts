import { describe, expect, test } from 'vitest'
import { stageDefinitions } from '../templates/index.ts'
import { boardLanguageFromAcceptLanguage, boardLanguages } from './boardLanguage.ts'
import { boardT } from './boardWords.ts'
import { createI18n } from './createI18n.ts'
import { languages } from './languages.ts'
import englishBoard from './locales/en/board.json' with { type: 'json' }

describe('board languages', () => {
  test('are the languages WeSee has, no more and no fewer', () => {
    expect([...boardLanguages].sort()).toEqual(languages.map((language) => language.code).sort())
  })

  test.each([
    ['cy-GB,cy;q=0.9,en;q=0.8', 'cy'],
    ['fr-FR, ar;q=0.9, en;q=0.5', 'ar'],
    ['en-US', 'en'],
    ['de, pl;q=0.5', null],
    ['cy;q=0, en;q=0.1', 'en'],
    ['', null],
    ['*', null],
    [`${'x;q=,'.repeat(500)}`, null],
  ])('a browser saying %j makes a board in %s', (header, language) => {
    expect(boardLanguageFromAcceptLanguage(header)).toBe(language)
  })

  test('every stage and step the templates lay out has its words in the English catalogue', () => {
    const t = boardT('en')
    for (const stage of Object.values(stageDefinitions)) {
      const keys = ['title', 'description', 'picture', ...(stage.hasGuidance ? ['guidance'] : [])]
      for (const key of keys) expect(t(`stages.${stage.id}.${key}`)).not.toContain('stages.')
      for (const step of stage.steps) {
        const at = `stages.${stage.id}.steps.${step.id}`
        for (const key of ['title', 'prompt', 'picture']) expect(t(`${at}.${key}`)).not.toContain(at)
        for (const key of [
          ...(step.starterNotes ?? []).map((k) => `starterNotes.${k}`),
          ...(step.card ?? []).map((k) => `card.${k}`),
        ])
          expect(t(`${at}.${key}`)).not.toContain(at)
      }
    }
    // And nothing in the catalogue's stages is left over from a step that no longer exists.
    expect(Object.keys(englishBoard.stages).sort()).toEqual(Object.keys(stageDefinitions).sort())
  })

  test('every board language has its own words: Welsh and Arabic boards do not come out in English', () => {
    const english = boardT('en')
    for (const language of boardLanguages.filter((code) => code !== 'en')) {
      const t = boardT(language)
      for (const key of ['summary.heading', 'easyRead.title', 'stages.exploration.steps.we-see.title']) {
        expect(t(key, { title: 'X' }), `${language} ${key}`).not.toBe(english(key, { title: 'X' }))
        expect(t(key, { title: 'X' }), `${language} ${key}`).not.toContain(key)
      }
      expect(t('easyRead.people', { count: 3 })).toMatch(/3/)
    }
    expect(boardT('cy')('stages.exploration.steps.we-see.title')).toBe('Beth ydyn ni’n ei weld nawr?')
    expect(boardT('ar')('easyRead.people', { count: 2 })).toBe('شارك شخصان.')
  })

  test('a message not yet translated reads in English, never as its key', () => {
    const i18n = createI18n({
      language: 'cy',
      resources: { en: { board: englishBoard }, cy: { board: {} } },
      defaultNamespace: 'board',
    })
    expect(i18n.t('summary.heading', { title: 'X' })).toBe('What we did together: X')
    expect(i18n.t('easyRead.people', { count: 2 })).toBe('2 people took part.')
  })
})
