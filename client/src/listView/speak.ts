/**
 * Reads words aloud with the browser's own speech. The pictures feature has
 * the full read-aloud (with the person's chosen speed); this is the list's
 * fallback when that is not there.
 */
export function speak(words: string): void {
  if (!('speechSynthesis' in window) || !words.trim()) return
  window.speechSynthesis.cancel()
  window.speechSynthesis.speak(new SpeechSynthesisUtterance(words))
}
