import { useSyncExternalStore } from 'react'
import { findLanguage, offeredLanguages, sourceLanguage, type Language } from '@wesee/shared'
import { i18n } from './i18n.ts'
import { loadCatalogues } from './loadCatalogues.ts'

/**
 * The language this person reads WeSee in, on this device. Their own choice,
 * remembered in localStorage; until they choose, the first of the browser's
 * languages that WeSee has, else English. It is theirs alone: other people on
 * the board, and the projector, keep their own.
 */

const storageKey = 'wesee:language'

/**
 * The offered language that best fits a browser's list (`navigator.languages`,
 * most wanted first): an exact match (`cy`), else the same language in another
 * region (`cy-GB` → `cy`), else English.
 */
export function languageForDevice(
  spoken: readonly string[],
  offered: readonly Language[] = offeredLanguages(),
): Language {
  for (const tag of spoken) {
    const wanted = tag.toLowerCase()
    const found =
      offered.find((language) => language.code.toLowerCase() === wanted) ??
      offered.find((language) => language.code.toLowerCase() === wanted.split('-')[0])
    if (found) return found
  }
  return findLanguage(sourceLanguage)!
}

/** The language remembered on this device, if it is one WeSee still offers. */
function rememberedLanguage(): Language | undefined {
  try {
    const code = localStorage.getItem(storageKey)
    return offeredLanguages().find((language) => language.code === code)
  } catch {
    return undefined // storage blocked: fall back to the browser's languages
  }
}

function remember(code: string): void {
  try {
    localStorage.setItem(storageKey, code)
  } catch {
    // Storage blocked: the choice still holds until the page is closed.
  }
}

let current: Language = findLanguage(sourceLanguage)!
const listeners = new Set<() => void>()

/** Loads the language's words, then shows them everywhere at once. */
async function apply(language: Language): Promise<void> {
  await loadCatalogues(language.code)
  await i18n.changeLanguage(language.code)
  current = language
  if (typeof document !== 'undefined') {
    document.documentElement.lang = language.code
    document.documentElement.dir = language.dir
  }
  for (const listener of listeners) listener()
}

/**
 * Before the first render: the remembered language, else the browser's. The
 * page waits for its words so it never flashes English first.
 */
export function startLanguage(): Promise<void> {
  const spoken = typeof navigator === 'undefined' ? [] : navigator.languages
  return apply(rememberedLanguage() ?? languageForDevice(spoken)).catch(() => {
    // Its words could not be fetched (offline, old cache): English is bundled.
  })
}

/** This person chooses a language: remembered here, and the whole app shows it. */
export async function chooseLanguage(code: string): Promise<void> {
  const language = offeredLanguages().find((offered) => offered.code === code)
  if (!language) return
  remember(language.code)
  await apply(language)
}

/** The language chosen now, for code outside React (dates, read aloud). */
export function chosenLanguage(): Language {
  return current
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The language chosen now; the component re-renders when it changes. */
export function useChosenLanguage(): Language {
  return useSyncExternalStore(subscribe, chosenLanguage, chosenLanguage)
}
