import cyTldraw from './locales/cy/tldraw.json' with { type: 'json' }

/**
 * Our translations of tldraw's own words (its tools, menus, style panel,
 * dialogs and screen-reader labels), by locale, for tldraw's
 * `overrides.translations`. Only for languages tldraw does not ship: for a
 * locale it does not know, tldraw starts from English and lays these on top,
 * so each one must have every key of tldraw's English list (the client's
 * tldrawTranslations test checks that against the installed tldraw).
 */
export const tldrawTranslations: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  cy: cyTldraw,
}
