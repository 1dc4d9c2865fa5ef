import type { TLShape } from '@tldraw/tlschema'

/** tldraw's fractional index key (the order of siblings). */
export type IndexKey = TLShape['index']

// tldraw orders siblings by fractional index keys (the `fractional-indexing`
// format: a head letter giving the integer part's length, then base-62
// digits). shared depends on @tldraw/tlschema only, so the little we need —
// whole keys above a given one — is written out here, following that format.
const digits = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

function integerLength(head: string): number {
  if (head >= 'a' && head <= 'z') return head.charCodeAt(0) - 'a'.charCodeAt(0) + 2
  if (head >= 'A' && head <= 'Z') return 'Z'.charCodeAt(0) - head.charCodeAt(0) + 2
  throw new Error(`Not an index key: ${JSON.stringify(head)}`)
}

function integerPart(key: string): string {
  const length = integerLength(key.charAt(0))
  if (key.length < length) throw new Error(`Not an index key: ${JSON.stringify(key)}`)
  return key.slice(0, length)
}

function incrementInteger(integer: string): string {
  const head = integer.charAt(0)
  const rest = integer.slice(1).split('')
  for (let i = rest.length - 1; i >= 0; i--) {
    const next = digits.indexOf(rest[i]!) + 1
    if (next < digits.length) {
      rest[i] = digits.charAt(next)
      return head + rest.join('')
    }
    rest[i] = '0'
  }
  // Every digit rolled over: move to the next head (one digit more or fewer).
  if (head === 'Z') return 'a0'
  if (head === 'z') throw new Error('No index key above this one')
  const nextHead = String.fromCharCode(head.charCodeAt(0) + 1)
  if (nextHead > 'a') rest.push('0')
  else rest.pop()
  return nextHead + rest.join('')
}

/**
 * `count` index keys in order, each above `below` (or starting at `a1` when
 * nothing is below), for shapes appended on top of their siblings.
 */
export function indexKeysAbove(below: string | null, count: number): IndexKey[] {
  const keys: IndexKey[] = []
  let current = below === null ? 'a0' : integerPart(below)
  for (let i = 0; i < count; i++) {
    current = incrementInteger(current)
    keys.push(current as IndexKey)
  }
  return keys
}
