import { readMySettings } from '../settings/mySettings.ts'
import { text } from '../text.ts'
import { announce } from './announce.ts'
import { chooseVoice } from './chooseVoice.ts'
import { reportReadAloudProblem } from './readAloudProblem.ts'

/** True when this browser can speak (the Web Speech API's speech synthesis). */
export function canReadAloud(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window
}

/** What came of asking to read aloud. */
export type ReadAloudOutcome = 'reading' | 'nothing to read' | 'cannot speak' | 'no voice'

/** The language the screen is in now: the words WeSee shows are in it. */
export function screenLanguage(): string {
  return (typeof document !== 'undefined' && document.documentElement.lang) || 'en-GB'
}

/**
 * Says `words` out loud at the speed this person chose in My settings, in a
 * voice for `lang` (the words' language; the screen's by default), stopping
 * anything still being said first (pressing "Read aloud" twice should not
 * queue the same note twice).
 *
 * When the device has no voice for the language it says so, plainly and in
 * the screen's language, and reads nothing: Welsh read by an English voice
 * is noise, and silence would look broken.
 */
export function readAloud(
  words: string,
  { rate = readMySettings().readAloudRate, lang = screenLanguage() }: { rate?: number; lang?: string } = {},
): ReadAloudOutcome {
  const said = words.trim()
  if (!said) return 'nothing to read'
  if (!canReadAloud()) return 'cannot speak'
  const choice = chooseVoice(window.speechSynthesis.getVoices(), lang, navigator.languages ?? [])
  if (choice.kind === 'none') {
    const message = text.readAloud.noVoice(lang)
    announce(message)
    reportReadAloudProblem(message)
    return 'no voice'
  }
  window.speechSynthesis.cancel()
  const utterance = new SpeechSynthesisUtterance(said)
  utterance.rate = rate
  utterance.lang = lang
  if (choice.kind === 'voice') utterance.voice = choice.voice
  window.speechSynthesis.speak(utterance)
  return 'reading'
}

/** Stops reading aloud. */
export function stopReadingAloud(): void {
  if (canReadAloud()) window.speechSynthesis.cancel()
}
