/** First strong isolate and pop directional isolate: Unicode's invisible <bdi>…</bdi>. */
const firstStrongIsolate = '\u2068'
const popIsolate = '\u2069'

/**
 * The values to fill into a message, each string wrapped in a Unicode
 * isolate so it takes its own direction from its first letter and cannot
 * reorder the words around it ("صوّت لـ: More buses!" keeps the "!" after
 * "buses"). Numbers and options are left as they are.
 */
export function isolated(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value === 'string' ? `${firstStrongIsolate}${value}${popIsolate}` : value,
    ]),
  )
}
