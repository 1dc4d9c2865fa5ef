import { createI18n, englishClientWords, findLanguage, sourceLanguage } from '@wesee/shared'
import { isolated } from './isolated.ts'

/**
 * The client's one i18next instance. English is bundled so the first page has
 * its words at once; other languages are imported when chosen.
 */
export const i18n = createI18n({
  resources: { [sourceLanguage]: { client: englishClientWords } },
  defaultNamespace: 'client',
})

/**
 * A message of the `client` catalogue, in the language chosen now. In a
 * right-to-left language the words filled in (a name, a note, a title) are
 * isolated, so an English note inside an Arabic sentence keeps its own
 * direction and its punctuation at its own end.
 */
export function t(key: string, values?: Record<string, unknown>): string {
  const rightToLeft = findLanguage(i18n.language)?.dir === 'rtl'
  return i18n.t(key, values ? (rightToLeft ? isolated(values) : values) : {}) as string
}
