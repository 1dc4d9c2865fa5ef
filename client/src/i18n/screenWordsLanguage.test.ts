import { describe, expect, it } from 'vitest'
import { avatars, pictureGroups, stages, templates } from '@wesee/shared'
import { screenWordsIn, screenWordsLanguage } from './screenWordsLanguage.ts'

describe('the words a picker shows, in the person’s language', () => {
  it('are Welsh for a Welsh screen and Arabic for an Arabic one', () => {
    const welsh = screenWordsIn('cy')
    expect(welsh.templates.find((t) => t.id === 'exploration')?.title).toBe('Archwilio')
    expect(welsh.stages.find((s) => s.id === 'experimentation')?.guidance).toBe(
      'Mentro ychydig, methu’n gynnar, dysgu’n gyflym.',
    )
    expect(welsh.pictureGroups.find((g) => g.id === 'food')?.name).toBe('Bwyd a diod')
    expect(welsh.avatars.find((a) => a.id === '1F431')?.name).toBe('Cath')

    const arabic = screenWordsIn('ar')
    expect(arabic.templates.find((t) => t.id === 'full-cycle')?.title).toBe('الدورة كاملة')
    expect(arabic.avatars.find((a) => a.id === '1F989')?.name).toBe('بومة')
  })

  it('offer the same choices, in the same order, with the same pictures, in every language', () => {
    for (const code of ['cy', 'ar']) {
      const words = screenWordsIn(code)
      expect(words.templates.map((t) => [t.id, t.picture.id, t.stages])).toEqual(
        templates.map((t) => [t.id, t.picture.id, t.stages]),
      )
      expect(words.stages.map((s) => s.id)).toEqual(stages.map((s) => s.id))
      expect(words.pictureGroups.map((g) => [g.id, g.coverId, g.pictures.length])).toEqual(
        pictureGroups.map((g) => [g.id, g.coverId, g.pictures.length]),
      )
      expect(words.avatars.map((a) => a.id)).toEqual(avatars.map((a) => a.id))
      // Every name is really in that language, not English left over.
      const english = new Set([...templates.map((t) => t.title), ...avatars.map((a) => a.name)])
      for (const name of [...words.templates.map((t) => t.title), ...words.avatars.map((a) => a.name)])
        expect(english, `${code}: ${name}`).not.toContain(name)
    }
  })

  it('are English for a language the catalogues do not have, whatever the code', () => {
    for (const code of ['fr', 'CY', 'cy-GB', '', '__proto__', 'constructor']) {
      expect(screenWordsLanguage(code)).toBe('en')
      expect(screenWordsIn(code).templates.map((t) => t.title)).toEqual(templates.map((t) => t.title))
    }
  })
})
