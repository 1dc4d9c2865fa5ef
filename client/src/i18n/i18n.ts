import { createI18n, englishClientWords, sourceLanguage } from '@wesee/shared'

/**
 * The client's one i18next instance. English is bundled so the first page has
 * its words at once; other languages are imported when chosen.
 */
export const i18n = createI18n({
  resources: { [sourceLanguage]: { client: englishClientWords } },
  defaultNamespace: 'client',
})

/** A message of the `client` catalogue, in the language chosen now. */
export function t(key: string, values?: Record<string, unknown>): string {
  return i18n.t(key, values ?? {}) as string
}
