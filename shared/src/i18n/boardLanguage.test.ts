import { describe, expect, test } from 'vitest'
import { stageDefinitions } from '../templates/index.ts'
import { boardLanguageFromAcceptLanguage, boardLanguages } from './boardLanguage.ts'
import { boardT } from './boardWords.ts'
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

  test('a message not yet translated reads in English, never as its key', () => {
    for (const language of boardLanguages) {
      expect(boardT(language)('summary.heading', { title: 'X' })).toMatch(/X/)
      expect(boardT(language)('easyRead.people', { count: 2 })).toMatch(/2/)
    }
  })
})
