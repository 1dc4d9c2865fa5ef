import { expect, test } from 'vitest'
import { MemoryLimitCounter } from '../../src/http/limits/MemoryLimitCounter.ts'
import { describeLimitCounterContract } from './limitCounterContract.ts'

// One process: every "node" is the same counter.
describeLimitCounterContract('memory', (count) => {
  const counter = new MemoryLimitCounter()
  return Promise.resolve(Array.from({ length: count }, () => counter))
})

test('the in-memory counter forgets ended windows once it holds many keys', async () => {
  let now = 0
  const counter = new MemoryLimitCounter(() => now)
  for (let index = 0; index <= 10_000; index++) await counter.hit(`joins:${index}`, 1_000)
  now = 2_000
  await counter.hit('joins:new', 1_000)
  // The first key's window had ended and was forgotten: its next hit starts at 1.
  expect(await counter.hit('joins:0', 1_000)).toBe(1)
  expect((counter as unknown as { windows: Map<string, unknown> }).windows.size).toBe(2)
})
