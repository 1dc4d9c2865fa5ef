import { boardLanguages, cardLabels } from '@wesee/shared'

type Field = { label: string; value: string }

/** The small-try card's labels ("We'll try", "Who", "By when") in every board language, lower case. */
function labelsOf(key: 'try' | 'who' | 'byWhen'): Set<string> {
  return new Set(
    boardLanguages
      .map((language) => cardLabels('experimentation', 'small-tries', language)[key]?.trim().toLowerCase())
      .filter((label): label is string => Boolean(label)),
  )
}

const labels = { try: labelsOf('try'), who: labelsOf('who'), byWhen: labelsOf('byWhen') }

/** What people write when they make their own card in English, not copying the template's. */
const looseEnglish = { try: /\btry\b/i, who: /^who$/i, byWhen: /^by when$/i }

/**
 * A small-try card's "what we will try", "who" and "by when", read from its
 * "Label: value" lines. The card may be in any board language (a board's
 * language can change after its cards were written), so every language's
 * labels are known.
 */
export function smallTryFields(fields: readonly Field[]): {
  what: string | null
  who: string | null
  byWhen: string | null
} {
  const find = (key: keyof typeof labels) =>
    fields.find(
      (field) => labels[key].has(field.label.trim().toLowerCase()) || looseEnglish[key].test(field.label),
    )?.value || null
  return { what: find('try'), who: find('who'), byWhen: find('byWhen') }
}
