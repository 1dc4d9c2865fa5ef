import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'
import { createI18n, findLanguage, offeredLanguages, tldrawTranslations } from '@wesee/shared'

/**
 * The words a screen should show, read from the catalogues the app reads
 * (never typed into a test, so a corrected translation cannot break it), and
 * a search of a page for words of a language it should not show.
 */

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const locales = path.join(repo, 'shared/src/i18n/locales')
// tldraw's own word lists, as the client has them installed.
const tldrawAssets = createRequire(path.join(repo, 'client/package.json'))

type Tree = Record<string, unknown>

function catalogue(code: string, namespace: string): Tree | undefined {
  const file = path.join(locales, code, `${namespace}.json`)
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Tree) : undefined
}

export type Words = (key: string, values?: Record<string, unknown>) => string

/**
 * The client's words in `code` as a screen in that language shows them:
 * plural forms by the language's rules, English where a message is missing,
 * and in a right-to-left language each value filled in wrapped in Unicode
 * isolates, as the client wraps them (client/src/i18n/isolated.ts).
 */
export function clientWords(code: string): Words {
  const resources = {
    en: { client: catalogue('en', 'client')! },
    [code]: { client: catalogue(code, 'client')! },
  }
  const i18n = createI18n({ language: code, resources, defaultNamespace: 'client' })
  const rightToLeft = findLanguage(code)?.dir === 'rtl'
  return (key, values = {}) => {
    const filled = Object.fromEntries(
      Object.entries(values).map(([name, value]) => [
        name,
        rightToLeft && typeof value === 'string' ? `\u2068${value}\u2069` : value,
      ]),
    )
    return i18n.t(key, filled)
  }
}

/** A message of the board's catalogue (the avatars' names are in it), English where missing. */
export function boardWord(code: string, key: string): string {
  const read = (language: string) => {
    let node: unknown = catalogue(language, 'board')
    for (const part of key.split('.')) node = (node as Tree | undefined)?.[part]
    return typeof node === 'string' ? node : undefined
  }
  return read(code) ?? read('en')!
}

function tldrawList(file: string): Record<string, string> {
  return JSON.parse(
    fs.readFileSync(tldrawAssets.resolve(`@tldraw/assets/translations/${file}`), 'utf8'),
  ) as Record<string, string>
}

/**
 * The tldraw words that are really in `code`: tldraw's own translation where
 * it ships one, with ours over it (ours fills its gaps in Arabic, and is all
 * there is in Welsh). A key missing here shows in English.
 */
function tldrawTranslated(code: string): Record<string, string> {
  if (code === 'en') return tldrawList('main.json')
  const shipped = fs.existsSync(
    path.join(path.dirname(tldrawAssets.resolve('@tldraw/assets/translations/main.json')), `${code}.json`),
  )
  return { ...(shipped ? tldrawList(`${code}.json`) : {}), ...tldrawTranslations[code] }
}

/** tldraw's own words in `code`, as tldraw shows them: English where it has none. */
export function tldrawWords(code: string): Record<string, string> {
  return { ...tldrawList('main.json'), ...tldrawTranslated(code) }
}

/** Every message of a catalogue by its dotted key. */
function flatten(tree: unknown, prefix = ''): Map<string, string> {
  const messages = new Map<string, string>()
  if (typeof tree === 'string') messages.set(prefix, tree)
  else if (tree && typeof tree === 'object')
    for (const [key, value] of Object.entries(tree))
      for (const [inner, words] of flatten(value, prefix ? `${prefix}.${key}` : key))
        messages.set(inner, words)
  return messages
}

/**
 * The whole messages of `notShown`'s client and tldraw catalogues that a
 * screen in `shown` must not have: those `shown` says differently, with no
 * values to fill in, not a language's name in itself (the language picker
 * names each so), and not also among the board's own words in
 * `boardLanguage` (a template's frames and prompts are written in the
 * board's language, whoever reads them).
 */
function wordsOnlyIn(notShown: string, shown: string, boardLanguage: string): string[] {
  const theirs = flatten(catalogue(notShown, 'client'))
  const ours = flatten(catalogue(shown, 'client'))
  const theirTldraw = tldrawWords(notShown)
  const ourTldraw = tldrawTranslated(shown)
  const candidates = [
    ...[...theirs].filter(([key, words]) => ours.get(key) !== words).map(([, words]) => words),
    // A tldraw key `shown` has no words for shows in English, whatever English says.
    ...Object.entries(theirTldraw)
      .filter(([key, words]) => ourTldraw[key] !== words)
      .map(([, words]) => words),
  ]
  const boardText = [...flatten(catalogue(boardLanguage, 'board')).values()].join('\n')
  // Each language is named in itself in the language picker, on every screen ("English").
  const names = offeredLanguages().map((language) => language.name)
  const ourWords = new Set([...ours.values(), ...Object.values(ourTldraw), ...names])
  return [
    ...new Set(
      candidates
        .map((words) => words.trim())
        .filter((words) => !/\{\{|\$t\(|\{\w+\}/.test(words))
        // Too short to tell a language by ("OK", "A", "1×").
        .filter((words) => words.replace(/[^\p{L}]/gu, '').length >= 3)
        .filter((words) => !boardText.includes(words) && !ourWords.has(words)),
    ),
  ]
}

/**
 * The words of `notShown`'s catalogues found on the page — in its text and in
 * what a screen reader says (labels, titles, alternative text) — when the page
 * should be in `shown`. Matched as whole words, so "Vote" is not found in
 * "Voters", each with the line it was found in. People's own words (notes,
 * names) are not in any catalogue.
 */
export async function wordsOfAnotherLanguageOn(
  page: Page,
  notShown: string,
  shown: string,
  boardLanguage = 'en',
): Promise<string[]> {
  const onPage = await page.evaluate(() => {
    const said = Array.from(document.querySelectorAll('[aria-label], [title], [alt], [placeholder]')).flatMap(
      (element) =>
        ['aria-label', 'title', 'alt', 'placeholder'].flatMap((name) => element.getAttribute(name) ?? []),
    )
    return [document.title, document.body.innerText, ...said].join('\n')
  })
  const escape = (words: string) => words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const lines = onPage.split('\n')
  return wordsOnlyIn(notShown, shown, boardLanguage).flatMap((words) => {
    const found = new RegExp(`(?<![\\p{L}\\p{N}])${escape(words)}(?![\\p{L}\\p{N}])`, 'u')
    const line = lines.find((line) => found.test(line))
    // Where it was found, to tell a label from a sentence.
    return line === undefined ? [] : [`${words} (in "${line.trim().slice(0, 80)}")`]
  })
}
