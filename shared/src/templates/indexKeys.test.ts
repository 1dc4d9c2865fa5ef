import { expect, test } from 'vitest'
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

test('rolling over a head letter moves to the next one', () => {
  expect(indexKeysAbove('az', 1)).toEqual(['b00'])
  expect(indexKeysAbove('bzz', 1)).toEqual(['c000'])
  expect(indexKeysAbove('Zz', 1)).toEqual(['a0'])
})

test('a key that is not an index key is refused', () => {
  expect(() => indexKeysAbove('!', 1)).toThrow()
})
