import i18next, { type i18n, type Resource } from 'i18next'
import { sourceLanguage } from './boardLanguage.ts'

export type { i18n as I18n } from 'i18next'

export interface CreateI18nOptions {
  /** The language to start in; English when left out. */
  readonly language?: string
  /** Catalogues already in memory, by language then namespace. English must be among them. */
  readonly resources: Resource
  /** The namespace `t('key')` reads when the key names none. */
  readonly defaultNamespace: string
}

/**
 * One i18next instance, set up the same way for the client and the server.
 *
 * - English is the fallback, so a missing message shows in English, never as a key.
 * - Plurals use i18next's Intl.PluralRules suffixes (`_zero` `_one` `_two` `_few`
 *   `_many` `_other`; `_zero` is also used for 0 in every language), and
 *   `{ ordinal: true }` reads `_ordinal_one` … (1st, 2nd, 3rd).
 * - Values are not HTML-escaped: React escapes what it renders, and escaping here
 *   would show `&amp;` in spoken and downloaded words.
 * - It starts synchronously (`initAsync: false`), so words are ready on import,
 *   in tests and on the server alike.
 */
export function createI18n({ language, resources, defaultNamespace }: CreateI18nOptions): i18n {
  const instance = i18next.createInstance()
  void instance.init({
    lng: language ?? sourceLanguage,
    fallbackLng: sourceLanguage,
    resources,
    ns: Object.keys(resources[sourceLanguage] ?? {}),
    defaultNS: defaultNamespace,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    // A missing language or namespace is loaded by the caller (the client imports it lazily).
    partialBundledLanguages: true,
  })
  return instance
}
