import i18next, { type i18n } from 'i18next'
import arBoard from './locales/ar/board.json'
import cyBoard from './locales/cy/board.json'
import enBoard from './locales/en/board.json'
import { boardLanguages, sourceLanguage, type BoardLanguage } from './boardLanguage.ts'

/**
 * The `board` namespace: every word a board says in its own language, the
 * same for whoever looks at it (its templates, the projector, the summary,
 * the Easy Read version, the CSVs, the payment record, the story so far),
 * and the picture library's and the avatars' names. English is the source;
 * a key missing from another language reads in English, never as a key.
 */
export const boardCatalogues: Readonly<Record<BoardLanguage, object>> = {
  en: enBoard,
  cy: cyBoard,
  ar: arBoard,
}

/** Words for one language: `t('summary.heading', { title })`, plurals by `count`. */
export type BoardT = (key: string, values?: Record<string, unknown>) => string

/** One i18next instance for every board language, made once (it is cheap to ask, costly to make). */
let shared: i18n | null = null

function instance(): i18n {
  if (shared) return shared
  const made = i18next.createInstance()
  void made.init({
    lng: sourceLanguage,
    fallbackLng: sourceLanguage,
    supportedLngs: [...boardLanguages],
    resources: Object.fromEntries(boardLanguages.map((code) => [code, { board: boardCatalogues[code] }])),
    ns: ['board'],
    defaultNS: 'board',
    initAsync: false,
    // Words go into HTML, Markdown, CSV and speech: each writer escapes for its own format.
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  shared = made
  return made
}

const translators = new Map<BoardLanguage, BoardT>()

/** The board's words in `language` (English where a message is not translated yet). */
export function boardT(language: BoardLanguage): BoardT {
  const known = translators.get(language)
  if (known) return known
  const fixed = instance().getFixedT(language, 'board')
  const t: BoardT = (key, values) => String(fixed(key, values ?? {}))
  translators.set(language, t)
  return t
}

/**
 * The locale Intl writes dates, times, numbers and money in for a board
 * language: British English for English (WeSee's people are mostly in the UK).
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
