/**
 * The languages WeSee can speak, one entry each. This list is the one place a
 * language is declared: the pickers, `<html lang dir>`, tldraw's locale and the
 * catalogue checks all read it. docs/languages.md says how to add one.
 */

/** Who wrote a catalogue, so people know how far to trust it. */
export const TranslationStatus = {
  /** The words were written in this language first (English). */
  Source: 'source',
  /** Written by a native speaker, or checked by one. */
  Reviewed: 'reviewed by a native speaker',
  /** Made by a machine or by someone who does not speak it natively. */
  MachineTranslated: 'machine-translated, not yet reviewed by a native speaker',
} as const
export type TranslationStatus = (typeof TranslationStatus)[keyof typeof TranslationStatus]

/** The message namespaces: one JSON file each in `locales/<code>/`. */
export const namespaces = ['client', 'board', 'tldraw'] as const
export type Namespace = (typeof namespaces)[number]

export type LanguageDirection = 'ltr' | 'rtl'

export interface Language {
  /** BCP 47 code, also the folder name under `locales/`. */
  readonly code: string
  /** The language's name in itself, so a person can find their own. */
  readonly name: string
  /** The English name, for docs and for people helping someone else choose. */
  readonly englishName: string
  readonly dir: LanguageDirection
  /**
   * The tldraw locale to ask for. tldraw lays our `tldraw.json` over its own
   * words in it: over English for a locale it does not ship (Welsh), over its
   * own list to fill that list's gaps (Arabic).
   */
  readonly tldrawLocale: string
  readonly status: TranslationStatus
  /**
   * The namespaces this language has every message of. Only these are offered
   * and checked; a language with no complete `client` is not offered at all.
   */
  readonly complete: readonly Namespace[]
  /** Notes for reviewers: who translated it, what still needs a native speaker. */
  readonly notes?: string
  /**
   * The locale Intl writes this language's dates and numbers in, when it is
   * not just `code`: Arabic pins Western digits (`ar-u-nu-latn`).
   */
  readonly intlLocale?: string
}

export const languages: readonly Language[] = [
  {
    code: 'en',
    name: 'English',
    englishName: 'English',
    dir: 'ltr',
    tldrawLocale: 'en',
    status: TranslationStatus.Source,
    complete: ['client', 'board'],
  },
  {
    code: 'cy',
    name: 'Cymraeg',
    englishName: 'Welsh',
    dir: 'ltr',
    tldrawLocale: 'cy',
    status: TranslationStatus.MachineTranslated,
    complete: ['client', 'board', 'tldraw'],
    notes:
      'Machine-translated, not yet reviewed by a native speaker. Everyday words and "chi" throughout, ' +
      'as Welsh public bodies write for Easy Read. Counts use "o" and the plural noun (2 o bleidleisiau), ' +
      'which needs no mutation after a number; ordinals past 10 all end in -fed (11eg, 13eg… are not yet told apart). ' +
      'Board words (board.json: templates, summary, Easy Read, records) are machine-translated too. A reviewer should ' +
      'check the four stage names (Ymgysylltu, Archwilio, Arbrofi, Ymgorffori) against what Welsh Poverty Truth ' +
      'Commissions say, the prompts read as open questions, and "a" in lists of names, which should be "ac" ' +
      'before a vowel (Ann ac Owen); one catalogue message cannot tell, so it always says "a".',
  },
  {
    code: 'ar',
    name: 'العربية',
    englishName: 'Arabic',
    dir: 'rtl',
    tldrawLocale: 'ar',
    status: TranslationStatus.MachineTranslated,
    complete: ['client', 'board', 'tldraw'],
    notes:
      'Modern Standard Arabic, machine-translated, not yet reviewed by a native speaker. ' +
      'Every Arabic plural form (zero, one, two, few, many, other) is written out; the one and two ' +
      'forms say the number in the word ("صوت واحد", "صوتان"). tldraw ships its own Arabic; the words it lacks ' +
      '(resize and rotate handles, image tools, screen-reader hints) are in ar/tldraw.json, machine-translated too. ' +
      'Board words (board.json: templates, summary, Easy Read, records) are machine-translated too. A reviewer should ' +
      'check the four stage names (المشاركة، الاستكشاف، التجريب، الترسيخ), that prompts address a person kindly ' +
      'and do not assume a gender where a group is meant, and the thank-you lines with counts.',
    // Western digits (1, 2, 3), as people in the UK see them everywhere: see docs/languages.md.
    intlLocale: 'ar-u-nu-latn',
  },
]

/** The languages a person can choose: those whose client words are all there. */
export function offeredLanguages(): readonly Language[] {
  return languages.filter((language) => language.complete.includes('client'))
}

/** The entry for a code, or undefined for one WeSee does not have. */
export function findLanguage(code: string): Language | undefined {
  return languages.find((language) => language.code === code)
}

/** The locale to give Intl for a language's dates and numbers (its code, unless it says otherwise). */
export function intlLocaleFor(code: string): string {
  return findLanguage(code)?.intlLocale ?? code
}
