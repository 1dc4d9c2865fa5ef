/** What we need of a SpeechSynthesisVoice: enough to test without a browser. */
export interface VoiceLike {
  readonly lang: string
  readonly name: string
  readonly default: boolean
  readonly localService: boolean
}

/**
 * How the device will say words in a language: with a voice it lists for
 * that language, with its own default voice (it lists no voices at all, but
 * the language is the device's own, which its default voice speaks), or not
 * at all (no voice for it: reading Welsh with an English voice is worse than
 * saying plainly that it cannot).
 */
export type VoiceChoice<V extends VoiceLike> =
  | { readonly kind: 'voice'; readonly voice: V }
  | { readonly kind: 'device default' }
  | { readonly kind: 'none' }

/** `cy_GB`, `CY-gb` and `cy-GB` are one tag; Android writes the underscore. */
export function normaliseLanguageTag(tag: string): string {
  return tag.trim().replace(/_/g, '-').toLowerCase()
}

/** The language itself, without its region or script: `cy` of `cy-GB`. */
export function primaryLanguage(tag: string): string {
  return normaliseLanguageTag(tag).split('-')[0] ?? ''
}

/**
 * The voice to read `lang` with, matched by BCP 47 language tag: one for
 * exactly that tag first (`cy-GB` for `cy-GB`), then any for the same
 * language (`cy-GB` for `cy`, `en-US` for `en-GB`). Among equals, the
 * device's default voice, then one on the device (it works offline and
 * sends nothing away), then the first listed.
 *
 * `deviceLanguages` (navigator.languages) only matter when the device lists
 * no voices at all, as some do while they still speak with a built-in one.
 */
export function chooseVoice<V extends VoiceLike>(
  voices: readonly V[],
  lang: string,
  deviceLanguages: readonly string[],
): VoiceChoice<V> {
  const wanted = normaliseLanguageTag(lang)
  const language = primaryLanguage(lang)
  if (!language) return { kind: 'none' }
  if (voices.length === 0) {
    return deviceLanguages.some((tag) => primaryLanguage(tag) === language)
      ? { kind: 'device default' }
      : { kind: 'none' }
  }
  const best = (candidates: readonly V[]) =>
    candidates.find((voice) => voice.default) ??
    candidates.find((voice) => voice.localService) ??
    candidates[0]
  const exact = best(voices.filter((voice) => normaliseLanguageTag(voice.lang) === wanted))
  const sameLanguage = best(voices.filter((voice) => primaryLanguage(voice.lang) === language))
  const voice = exact ?? sameLanguage
  return voice ? { kind: 'voice', voice } : { kind: 'none' }
}
