import arTldraw from './locales/ar/tldraw.json' with { type: 'json' }
import cyTldraw from './locales/cy/tldraw.json' with { type: 'json' }

/**
 * Our translations of tldraw's own words (its tools, menus, style panel,
 * dialogs and screen-reader labels), by locale, for tldraw's
 * `overrides.translations`, which tldraw lays over its own words in that
 * locale (English for a locale it does not know). For a language tldraw does
 * not ship (Welsh) ours has every key of tldraw's English list; for one it
 * ships (Arabic) ours has exactly the keys tldraw's own list lacks, which it
 * would otherwise show in English. The client's tldrawTranslations test
 * checks both against the installed tldraw.
 */
export const tldrawTranslations: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  ar: arTldraw,
  cy: cyTldraw,
}
