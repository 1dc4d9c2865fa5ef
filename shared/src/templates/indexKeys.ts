import type { TLShape } from '@tldraw/tlschema'
import { generateNKeysBetween } from 'fractional-indexing-jittered'

/** tldraw's fractional index key (the order of siblings). */
export type IndexKey = TLShape['index']

/**
 * `count` index keys in order, each above `below` (or starting at `a1` when
 * nothing is below), for shapes the server appends on top of their siblings.
 *
 * Made by the same library tldraw validates keys with (without tldraw's
 * random jitter, so a template is built the same way every time). `below`
 * can be any key a participant could have given one of their notes, however
 * high: there is always a valid key above it, and a key the server writes
 * is never one tldraw would refuse to load.
 */
export function indexKeysAbove(below: string | null, count: number): IndexKey[] {
  return generateNKeysBetween(below ?? 'a0', null, count) as IndexKey[]
}
