/**
 * Reading a client catalogue the way the per-language tests compare it with
 * English: messages grouped by key without their plural suffix, and the
 * values i18next fills in. Shared by the Welsh and Arabic catalogue tests.
 */
const pluralSuffix = /_(zero|one|two|few|many|other)$/

/** Every message by its dotted key; a list's items by their index. */
function flatten(tree: unknown, prefix = ''): Map<string, string> {
  const messages = new Map<string, string>()
  if (typeof tree === 'string') messages.set(prefix, tree)
  else if (tree && typeof tree === 'object')
    for (const [key, value] of Object.entries(tree)) {
      for (const [inner, words] of flatten(value, prefix ? `${prefix}.${key}` : key))
        messages.set(inner, words)
    }
  return messages
}

/** Messages grouped by key without its plural suffix: `voting.votesLeft` → its forms. */
export function byMessage(tree: unknown): Map<string, Map<string, string>> {
  const messages = new Map<string, Map<string, string>>()
  for (const [key, words] of flatten(tree)) {
    const form = pluralSuffix.exec(key)?.[1] ?? ''
    const base = key.replace(pluralSuffix, '')
    if (!messages.has(base)) messages.set(base, new Map())
    messages.get(base)!.set(form, words)
  }
  return messages
}

/** `{{count}}`, `$t(status.wrongKey)`: what i18next fills in, so a translation must keep them. */
export const valuesIn = (words: string) =>
  [...words.matchAll(/\{\{\s*(\w+)[^}]*\}\}|\$t\([^)]*\)/g)].map((m) => m[1] ?? m[0])
