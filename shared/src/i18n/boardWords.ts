import arBoard from './locales/ar/board.json' with { type: 'json' }
import cyBoard from './locales/cy/board.json' with { type: 'json' }
import enBoard from './locales/en/board.json' with { type: 'json' }
import { boardLanguages, type BoardLanguage } from './boardLanguage.ts'
import { createI18n, type I18n } from './createI18n.ts'

/**
 * The `board` namespace: every word a board says in its own language, the
 * same for whoever looks at it (its templates, the projector, the summary,
 * the Easy Read version, the CSVs, the payment record, the story so far),
 * and the picture library's and the avatars' names. English is the source;
 * a key missing from another language reads in English, never as a key.
 * All of it is bundled: the server writes any board's language at any time.
 */
export const boardCatalogues: Readonly<Record<BoardLanguage, object>> = {
  en: enBoard,
  cy: cyBoard,
  ar: arBoard,
}

/** Words for one language: `t('summary.heading', { title })`, plurals by `count`. */
export type BoardT = (key: string, values?: Record<string, unknown>) => string

/** One i18next instance holds every board language, made on first use. */
let instance: I18n | null = null

function boardI18n(): I18n {
  instance ??= createI18n({
    resources: Object.fromEntries(boardLanguages.map((code) => [code, { board: boardCatalogues[code] }])),
    defaultNamespace: 'board',
  })
  return instance
}

const translators = new Map<BoardLanguage, BoardT>()

/** The board's words in `language` (English where a message is not translated yet). */
export function boardT(language: BoardLanguage): BoardT {
  let t = translators.get(language)
  if (!t) {
    const fixed = boardI18n().getFixedT(language, 'board')
    t = (key, values) => String(fixed(key, values ?? {}))
    translators.set(language, t)
  }
  return t
}

/**
 * The locale Intl writes dates, times, numbers and money in for a board
 * language: British English for English (WeSee's groups are mostly in the UK).
 */
export function intlLocale(language: BoardLanguage): string {
  return language === 'en' ? 'en-GB' : language
}

/** "Ann, Bob and Cai", with the language's own "and" from the catalogue. */
export function listOfNames(language: BoardLanguage, names: readonly string[]): string {
  const t = boardT(language)
  if (names.length <= 1) return names.join('')
  return t('common.listAnd', {
    first: names.slice(0, -1).join(t('common.listSeparator')),
    last: names[names.length - 1],
  })
}
