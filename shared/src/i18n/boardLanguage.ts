import * as v from 'valibot'
import { findLanguage } from './languages.ts'

/**
 * The languages a board can be in: its templates, the projector, the
 * summary and the exports. Each is in languages.ts (boardLanguage.test.ts
 * checks) and has a `board` catalogue; a message not translated yet reads in
 * English, so a board can be made in a language before all its words are in.
 */
export const boardLanguages = ['en', 'cy', 'ar'] as const
export type BoardLanguage = (typeof boardLanguages)[number]

/** English is the catalogue every other language is translated from. */
export const sourceLanguage: BoardLanguage = 'en'

/**
 * Each language's own name for itself (how a list of languages shows them,
 * so a person finds theirs whatever the page is in).
 */
export const boardLanguageNames = Object.fromEntries(
  boardLanguages.map((code) => [code, findLanguage(code)?.name ?? code]),
) as Record<BoardLanguage, string>

/** Which way each language's words run: a page in Arabic is laid out right to left. */
export const boardLanguageDirection = Object.fromEntries(
  boardLanguages.map((code) => [code, findLanguage(code)?.dir ?? 'ltr']),
) as Record<BoardLanguage, 'ltr' | 'rtl'>

export function isBoardLanguage(value: unknown): value is BoardLanguage {
  return typeof value === 'string' && (boardLanguages as readonly string[]).includes(value)
}

const languageList = boardLanguages.map((code) => `${boardLanguageNames[code]} (${code})`).join(', ')

/** A board language sent over the wire: one of `boardLanguages`, by its code. */
export const boardLanguageSchema = v.picklist(
  boardLanguages,
  `We do not have that language for boards. Choose one of: ${languageList}.`,
)

/**
 * The board language that best fits a browser's `Accept-Language` header
 * (`cy-GB,cy;q=0.9,en;q=0.8` → `cy`), or null when none fits. Used when the
 * maker of a board did not say which language it is in.
 */
export function boardLanguageFromAcceptLanguage(header: string | undefined): BoardLanguage | null {
  if (!header) return null
  const wanted = header
    .split(',')
    .slice(0, 20)
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean)
      return { base: tag.trim().toLowerCase().split('-')[0] ?? '', q: q === undefined ? 1 : Number(q), order }
    })
    .filter((entry) => entry.q > 0 && Number.isFinite(entry.q))
    .sort((a, b) => b.q - a.q || a.order - b.order)
  return wanted.map((entry) => entry.base).find(isBoardLanguage) ?? null
}
