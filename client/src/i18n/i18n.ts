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

/** How the façade reads the catalogue: in the screen's language, or in one language fixed. */
export interface Translator {
  /** The language the words come in now. */
  readonly language: () => string
  /**
   * A message of the `client` catalogue. In a right-to-left language the
   * words filled in (a name, a note, a title) are isolated, so an English
   * note inside an Arabic sentence keeps its own direction and its
   * punctuation at its own end.
   */
  readonly t: (key: string, values?: Record<string, unknown>) => string
  /** A message that is a list (`keys.rows`). */
  readonly list: (key: string) => unknown
  readonly exists: (key: string) => boolean
}

/**
 * A translator for `fixed` (the projector reads the board's language,
 * whatever this device chose), or following the chosen language when left
 * out. The same instance serves both: i18next reads any loaded language by
 * its `lng` option, so no second instance or copy of the words is needed.
 */
export function translator(fixed?: string): Translator {
  const language = () => fixed ?? i18n.language
  const options = (values?: Record<string, unknown>) => {
    const lng = language()
    const rightToLeft = findLanguage(lng)?.dir === 'rtl'
    return { ...(values ? (rightToLeft ? isolated(values) : values) : {}), lng }
  }
  return {
    language,
    t: (key, values) => i18n.t(key, options(values)) as string,
    list: (key) => i18n.t(key, { returnObjects: true, lng: language() }) as unknown,
    exists: (key) => i18n.exists(key, { lng: language() }),
  }
}

/** The screen's translator: words in the language this person chose. */
export const screenTranslator = translator()

/** A message of the `client` catalogue, in the language chosen now (see `Translator.t`). */
export const t = screenTranslator.t
