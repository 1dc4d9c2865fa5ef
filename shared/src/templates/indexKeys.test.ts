import { expect, test } from 'vitest'
import { validateRecord } from '../boardDoc.ts'
import { noteShape } from '../shapes/noteShape.ts'
import { indexKeysAbove } from './indexKeys.ts'

test('keys start at a1 when nothing is below', () => {
  expect(indexKeysAbove(null, 3)).toEqual(['a1', 'a2', 'a3'])
})

test('keys are strictly above the given key, fraction or not', () => {
  for (const below of ['a1', 'a1V', 'az', 'azzz', 'b0Z', 'b0z', 'Zz', 'Zz5']) {
    const keys = indexKeysAbove(below, 5)
    expect(keys[0]! > below, `${keys[0]} > ${below}`).toBe(true)
    expect([...keys].sort()).toEqual(keys)
    expect(new Set(keys).size).toBe(5)
  }
})

test('above the highest whole key a participant can give a note, the keys are still ones tldraw loads', () => {
  // "y" heads a 26-character whole key: the highest tldraw accepts.
  const highest = 'y' + 'z'.repeat(25)
  const keys = indexKeysAbove(highest, 3)
  for (const index of [highest, ...keys]) {
    expect(() =>
      validateRecord(noteShape({ id: 'shape:n', parentId: 'page:page', index, x: 0, y: 0, text: '' })),
    ).not.toThrow()
  }
  expect(keys[0]! > highest).toBe(true)
})

test('a key that is not an index key is refused', () => {
  expect(() => indexKeysAbove('!', 1)).toThrow()
})
