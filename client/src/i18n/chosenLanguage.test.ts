import { describe, expect, it } from 'vitest'
import { findLanguage, type Language } from '@wesee/shared'
import { languageForDevice } from './chosenLanguage.ts'
import { i18n } from './i18n.ts'
import { loadCatalogues, namespacesOf, tldrawWordsIn } from './loadCatalogues.ts'

const english = findLanguage('en')!
const welsh: Language = { ...findLanguage('cy')!, complete: ['client'] }

describe('languageForDevice', () => {
  it('takes the first of the browser’s languages that is offered, by region too', () => {
    expect(languageForDevice(['cy-GB', 'en-GB'], [english, welsh]).code).toBe('cy')
    expect(languageForDevice(['fr-FR', 'CY'], [english, welsh]).code).toBe('cy')
    expect(languageForDevice(['en-US', 'cy'], [english, welsh]).code).toBe('en')
  })

  it('falls back to English for a browser with none of them, or with nothing at all', () => {
    expect(languageForDevice(['fr', 'de-DE'], [english, welsh]).code).toBe('en')
    expect(languageForDevice([], [english, welsh]).code).toBe('en')
    // A language whose words are not all there is never chosen for someone.
    expect(languageForDevice(['cy'], [english]).code).toBe('en')
  })
})

describe('loadCatalogues', () => {
  it('brings a language’s catalogue files in only when asked, and tldraw’s words with them', async () => {
    expect(namespacesOf('cy')).toContain('tldraw')
    expect(i18n.hasResourceBundle('cy', 'tldraw')).toBe(false)
    expect(tldrawWordsIn(welsh)).toBeUndefined()
    await loadCatalogues('cy')
    expect(i18n.hasResourceBundle('cy', 'tldraw')).toBe(true)
    expect(Object.keys(tldrawWordsIn(welsh)?.cy ?? {}).length).toBeGreaterThan(100)
  })

  it('asks for nothing it does not have', async () => {
    await loadCatalogues('xx')
    expect(namespacesOf('xx')).toEqual([])
    expect(i18n.hasResourceBundle('xx', 'client')).toBe(false)
  })
})
