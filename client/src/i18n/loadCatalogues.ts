import { sourceLanguage, type Language } from '@wesee/shared'
import { i18n } from './i18n.ts'

/**
 * Every catalogue file under shared's `locales/<language>/<namespace>.json`, each
 * its own chunk, fetched only when its language is chosen, so the first page
 * carries English alone. (A Vite glob, so it lives in the client: the server
 * reads the same files through Node.)
 */
const catalogueFiles = import.meta.glob<Record<string, unknown>>(
  '../../../shared/src/i18n/locales/*/*.json',
  {
    import: 'default',
  },
)

interface CatalogueFile {
  readonly language: string
  readonly namespace: string
  readonly load: () => Promise<Record<string, unknown>>
}

const files: readonly CatalogueFile[] = Object.entries(catalogueFiles).flatMap(([path, load]) => {
  const match = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path)
  return match ? [{ language: match[1]!, namespace: match[2]!, load }] : []
})

/** The namespaces a language has a catalogue for (`client`, `board`, `tldraw` …). */
export function namespacesOf(language: string): string[] {
  return files.filter((file) => file.language === language).map((file) => file.namespace)
}

/**
 * Brings a language's catalogues, and English's (the fallback), into i18n.
 * Safe to call again: a loaded namespace is not fetched twice.
 */
export async function loadCatalogues(language: string): Promise<void> {
  const wanted = files.filter(
    (file) =>
      (file.language === language || file.language === sourceLanguage) &&
      !i18n.hasResourceBundle(file.language, file.namespace),
  )
  const loaded = await Promise.all(wanted.map(async (file) => ({ file, words: await file.load() })))
  for (const { file, words } of loaded) {
    i18n.addResourceBundle(file.language, file.namespace, words, true, false)
  }
}

/**
 * tldraw's own words in `language` from our `tldraw.json`, under its tldraw locale, for tldraw's
 * `overrides.translations`; none when we have not translated tldraw into it
 * (tldraw then uses its own catalogue, or English).
 */
export function tldrawWordsIn(language: Language): Record<string, Record<string, string>> | undefined {
  if (!i18n.hasResourceBundle(language.code, 'tldraw')) return undefined
  return {
    [language.tldrawLocale]: i18n.getResourceBundle(language.code, 'tldraw') as Record<string, string>,
  }
}
