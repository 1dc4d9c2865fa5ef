import { expect, test } from 'vitest'
import { fairShares } from './fairShares.ts'

test('everyone gets all their notes when they fit', () => {
  expect(fairShares([3, 300, 0], 1_000)).toEqual([3, 300, 0])
})

test('past the total, small wants are met in full and the rest is shared evenly, never past the total', () => {
  const shares = fairShares([300, 3, 300, 300], 500)
  expect(shares[1]).toBe(3)
  expect(shares.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(500)
  expect(
    Math.max(shares[0]!, shares[2]!, shares[3]!) - Math.min(shares[0]!, shares[2]!, shares[3]!),
  ).toBeLessThanOrEqual(1)
  expect(fairShares([5, 5], 0)).toEqual([0, 0])
})
