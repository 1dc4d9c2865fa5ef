import { describe, expect, test } from 'vitest'
import type { LimitCounter } from '../../src/http/limits/LimitCounter.ts'

/**
 * What every LimitCounter must do, run against the in-memory one and the
 * PostgreSQL one. `counters(n)` gives n counters over one store: n nodes
 * of a cluster (for memory, n times the same counter: one process).
 */
export function describeLimitCounterContract(
  engine: string,
  counters: (count: number) => Promise<LimitCounter[]>,
): void {
  describe(`LimitCounter contract (${engine})`, () => {
    test('counts each hit in a window, one key apart from another', async () => {
      const [counter] = (await counters(1)) as [LimitCounter]
      expect(await counter.hit('joins:203.0.113.7', 60_000)).toBe(1)
      expect(await counter.hit('joins:203.0.113.7', 60_000)).toBe(2)
      expect(await counter.hit('joins:203.0.113.8', 60_000)).toBe(1)
      expect(await counter.hit('uploads:203.0.113.7', 60_000)).toBe(1)
      expect(await counter.hit('joins:203.0.113.7', 60_000)).toBe(3)
    })

    test('a new window starts once the last one has ended', async () => {
      const [counter] = (await counters(1)) as [LimitCounter]
      expect(await counter.hit('boards:198.51.100.1', 300)).toBe(1)
      expect(await counter.hit('boards:198.51.100.1', 300)).toBe(2)
      await new Promise((resolve) => setTimeout(resolve, 450))
      expect(await counter.hit('boards:198.51.100.1', 300)).toBe(1)
    })

    test('hits at the same moment through different counters are each counted exactly once', async () => {
      const nodes = await counters(3)
      const counts = await Promise.all(
        Array.from({ length: 60 }, (_, index) =>
          nodes[index % nodes.length]!.hit('lookups:192.0.2.9', 60_000),
        ),
      )
      // Every count from 1 to 60 given out once: no hit lost, none seen twice.
      expect([...counts].sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, index) => index + 1))
    })

    test('keys a visitor chooses (long, odd characters) are only keys', async () => {
      const [counter] = (await counters(1)) as [LimitCounter]
      const odd = `joins:'; DROP TABLE rate_windows; --${'x'.repeat(2_000)}\u{1F600}`
      expect(await counter.hit(odd, 60_000)).toBe(1)
      expect(await counter.hit(odd, 60_000)).toBe(2)
      expect(await counter.hit('joins:other', 60_000)).toBe(1)
    })
  })
}
