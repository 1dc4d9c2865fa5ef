import { expect, test } from 'vitest'
import { TokenBucket } from './TokenBucket.ts'

/** A bucket on a clock the test moves by hand. */
function bucketAt(perSecond: number, capacity: number) {
  const clock = { now: 1_000_000 }
  const bucket = new TokenBucket(perSecond, capacity, () => clock.now)
  const takeMany = (n: number) => Array.from({ length: n }, () => bucket.take()).filter(Boolean).length
  return { clock, bucket, takeMany }
}

test('allows a burst up to the capacity, then refuses', () => {
  const { bucket, takeMany } = bucketAt(5, 10)
  expect(takeMany(10)).toBe(10)
  expect(bucket.take()).toBe(false)
})

test('refills at the rate over time', () => {
  const { clock, bucket, takeMany } = bucketAt(5, 10)
  takeMany(10)
  clock.now += 200 // one token at 5 per second
  expect(bucket.take()).toBe(true)
  expect(bucket.take()).toBe(false)
  clock.now += 1_000
  expect(takeMany(20)).toBe(5)
})

test('never holds more than its capacity, however long it rests', () => {
  const { clock, takeMany } = bucketAt(5, 10)
  clock.now += 60 * 60 * 1000
  expect(takeMany(100)).toBe(10)
})

test('a steady rate at the limit is never refused', () => {
  const { clock, bucket } = bucketAt(10, 2)
  for (let i = 0; i < 100; i++) {
    clock.now += 100
    expect(bucket.take()).toBe(true)
  }
})
