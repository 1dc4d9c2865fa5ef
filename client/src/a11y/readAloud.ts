import { readMySettings } from '../settings/mySettings.ts'

/** True when this browser can speak (the Web Speech API's speech synthesis). */
export function canReadAloud(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window
}

/**
 * Says `words` out loud at the speed this person chose in My settings,
 * stopping anything still being said first (pressing "Read aloud" twice
 * should not queue the same note twice). Returns false when there is
 * nothing to say or the browser cannot speak.
 */
export function readAloud(words: string, rate = readMySettings().readAloudRate): boolean {
  const said = words.trim()
  if (!said || !canReadAloud()) return false
  window.speechSynthesis.cancel()
  const utterance = new SpeechSynthesisUtterance(said)
  utterance.rate = rate
  utterance.lang = document.documentElement.lang || 'en-GB'
  window.speechSynthesis.speak(utterance)
  return true
}

/** Stops reading aloud. */
export function stopReadingAloud(): void {
  if (canReadAloud()) window.speechSynthesis.cancel()
}
