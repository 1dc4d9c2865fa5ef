import { describe, expect, it } from 'vitest'
import arabicClient from '../../../shared/src/i18n/locales/ar/client.json' with { type: 'json' }
import { i18n, t } from './i18n.ts'
import { isolated } from './isolated.ts'

describe('words filled into a right-to-left message', () => {
  it('wraps strings in an isolate and leaves numbers and options alone', () => {
    expect(isolated({ words: 'More buses!', count: 3, ordinal: true })).toEqual({
      words: '\u2068More buses!\u2069',
      count: 3,
      ordinal: true,
    })
  })

  it('isolates them in Arabic, and not in English', async () => {
    expect(t('join.heading', { title: 'Our café' })).toBe('Join Our café')
    i18n.addResourceBundle('ar', 'client', arabicClient)
    await i18n.changeLanguage('ar')
    try {
      expect(t('join.heading', { title: 'Our café' })).toBe('انضم إلى \u2068Our café\u2069')
      expect(t('voting.votesLeft', { count: 3 })).toBe('بقي لديك 3 أصوات')
    } finally {
      await i18n.changeLanguage('en')
    }
  })
})
