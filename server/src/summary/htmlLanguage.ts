import { boardLanguageDirection, type BoardLanguage } from '@wesee/shared'

/**
 * The `<html>` attributes of a page in a board's language: `lang` so screen
 * readers and voices speak it right (and browsers hyphenate and pick fonts
 * for it), `dir` so a page in Arabic reads right to left.
 */
export function htmlLanguage(language: BoardLanguage): string {
  return `lang="${language}" dir="${boardLanguageDirection[language]}"`
}
