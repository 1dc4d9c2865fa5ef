import { pictureGroups, type LibraryPicture } from './pictureLibrary.ts'

/**
 * Lower case, accents and apostrophes dropped, every other mark turned into
 * a space, so "Café", "cafe" and "CAFE" are one word and "check-up" is two.
 */
function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

interface IndexedPicture {
  picture: LibraryPicture
  name: string
  words: string[]
  tokens: string[]
}

const index: IndexedPicture[] = pictureGroups.flatMap((group) =>
  group.pictures.map((picture) => {
    const name = normalize(picture.name)
    const words = picture.words.map(normalize)
    return { picture, name, words, tokens: [...new Set([name, ...words].flatMap((text) => text.split(' ')))] }
  }),
)

/** "doctors" → "doctor", "buses" → "buse", "bus": simple English plurals, enough for search. */
function singularsOf(typed: string): string[] {
  if (typed.length <= 3 || !typed.endsWith('s')) return []
  return typed.endsWith('es') ? [typed.slice(0, -1), typed.slice(0, -2)] : [typed.slice(0, -1)]
}

/** Lower is better; null when the picture does not match. */
function rank(entry: IndexedPicture, query: string): number | null {
  if (entry.name === query) return 0
  if (entry.words.includes(query)) return 1
  if (entry.name.startsWith(query)) return 2
  if (entry.words.some((word) => word.startsWith(query))) return 3
  // "bus st" finds "Bus stop": every word typed starts some word of the picture.
  const parts = query.split(' ')
  if (parts.every((part) => entry.tokens.some((token) => token.startsWith(part)))) return 4
  return null
}

/**
 * Finds library pictures by everyday words: case and accents do not matter,
 * a word can be typed in part ("doc" finds Doctor), and a simple plural
 * ("doctors", "buses") finds the singular. An exact name comes first, then an exact
 * search word, then names and words that start with what was typed; ties keep
 * library order. An empty query finds nothing.
 */
export function searchPictures(query: string): LibraryPicture[] {
  const typed = normalize(query)
  if (typed === '') return []
  const singulars = singularsOf(typed)
  const found: Array<{ picture: LibraryPicture; rank: number; order: number }> = []
  index.forEach((entry, order) => {
    let best = rank(entry, typed)
    for (const singular of singulars) {
      if (best !== null) break
      const fallback = rank(entry, singular)
      // A plural match comes after every match of the words as typed.
      if (fallback !== null) best = fallback + 5
    }
    if (best !== null) found.push({ picture: entry.picture, rank: best, order })
  })
  found.sort((a, b) => a.rank - b.rank || a.order - b.order)
  return found.map((match) => match.picture)
}
