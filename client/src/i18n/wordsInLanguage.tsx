import { createContext, useContext, useEffect, useState, type ReactNode } from 'react'
import { findLanguage } from '@wesee/shared'
import { text, textIn, type Text } from '../text.ts'
import { loadCatalogues } from './loadCatalogues.ts'

/**
 * The words a part of the page is shown in. Everywhere it is `text`, the
 * language this person chose; under `WordsIn` (the projector, the second
 * language of a bilingual prompt) it is one language fixed.
 */
const WordsContext = createContext<Text>(text)

/** The words for the part of the page this component is in. */
export function useText(): Text {
  return useContext(WordsContext)
}

/**
 * The language's words once its catalogues are here; English until then
 * (a message missing in it reads in English anyway), so nothing waits.
 */
export function useWordsIn(language: string): Text {
  const [loaded, setLoaded] = useState<string | null>(null)
  useEffect(() => {
    let current = true
    loadCatalogues(language).then(
      () => current && setLoaded(language),
      // Its words could not be fetched (offline, old cache): English is bundled.
      () => current && setLoaded(null),
    )
    return () => {
      current = false
    }
  }, [language])
  return textIn(loaded === language ? language : 'en')
}

/** `children` read `language`'s words through `useText()`, whatever this person chose. */
export function WordsIn({ words, children }: { words: Text; children: ReactNode }) {
  return <WordsContext.Provider value={words}>{children}</WordsContext.Provider>
}

/** `lang` and `dir` for an element whose words are in `language`. */
export function languageAttributes(language: string): { lang: string; dir: 'ltr' | 'rtl' } {
  return { lang: language, dir: findLanguage(language)?.dir ?? 'ltr' }
}
