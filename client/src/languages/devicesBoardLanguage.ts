import { boardLanguageFromAcceptLanguage, sourceLanguage, type BoardLanguage } from '@wesee/shared'

/**
 * The board language that fits this device's languages best, for the "Make
 * the board" form's first choice: a new board starts in its maker's language.
 */
export function devicesBoardLanguage(): BoardLanguage {
  const spoken = typeof navigator === 'undefined' ? [] : navigator.languages
  return boardLanguageFromAcceptLanguage(spoken.join(',')) ?? sourceLanguage
}
