import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import type { DocLog } from '../../../src/storage/DocLog.ts'

/** A store under test, made fresh (empty) for each test, and how to let it go. */
export interface StoreUnderTest<T> {
  store: T
  close(): Promise<void>
}

/**
 * What every DocLog must do, written once and run against each engine
 * (SQLite and PostgreSQL), so the rooms can rely on it whatever stores them.
 */
export function describeDocLogContract(
  engine: string,
  makeStore: () => Promise<StoreUnderTest<DocLog>>,
): void {
  describe(`DocLog contract: ${engine}`, () => {
    let subject: StoreUnderTest<DocLog>
    let log: DocLog

    beforeEach(async () => {
      subject = await makeStore()
      log = subject.store
    })

    afterEach(async () => {
      await subject.close()
    })

    const bytes = (...values: number[]) => new Uint8Array(values)

    test('a doc never written loads as no updates', async () => {
      expect(await log.loadUpdates('nobody/content')).toEqual([])
      expect(await log.countUpdates('nobody/content')).toBe(0)
    })

    test('a batch is stored in the order given and loads back byte for byte, oldest first', async () => {
      await log.appendMany('b1/content', [bytes(1), bytes(2, 0, 2), bytes(0)])
      await log.appendMany('b1/content', [bytes(3)])
      expect(await log.loadUpdates('b1/content')).toEqual([bytes(1), bytes(2, 0, 2), bytes(0), bytes(3)])
      expect(await log.countUpdates('b1/content')).toBe(4)
    })

    test('an empty batch stores nothing', async () => {
      await log.appendMany('b1/content', [])
      expect(await log.countUpdates('b1/content')).toBe(0)
    })

    test('a view into a larger buffer stores only its own bytes', async () => {
      const buffer = new Uint8Array([9, 9, 1, 2, 3, 9, 9])
      await log.appendMany('b1/content', [buffer.subarray(2, 5)])
      expect(await log.loadUpdates('b1/content')).toEqual([bytes(1, 2, 3)])
    })

    test('a large update (1 MiB, every byte value) comes back unchanged', async () => {
      const large = new Uint8Array(1024 * 1024).map((_, index) => index % 256)
      await log.appendMany('b1/content', [large])
      const [loaded] = await log.loadUpdates('b1/content')
      expect(loaded?.byteLength).toBe(large.byteLength)
      expect(Buffer.compare(Buffer.from(loaded!), Buffer.from(large))).toBe(0)
    })

    test('docs are kept apart, even when one name starts with the other', async () => {
      await log.appendMany('b1/content', [bytes(1)])
      await log.appendMany('b1/control', [bytes(2)])
      await log.appendMany('b1/content2', [bytes(3)])
      expect(await log.loadUpdates('b1/content')).toEqual([bytes(1)])
      expect(await log.loadUpdates('b1/control')).toEqual([bytes(2)])
      expect(await log.loadUpdates('b1/content2')).toEqual([bytes(3)])
    })

    test('replacing with a snapshot leaves only the snapshot, and only for that doc', async () => {
      await log.appendMany('b1/content', [bytes(1), bytes(2), bytes(3)])
      await log.appendMany('b2/content', [bytes(7)])
      await log.replaceUpdates('b1/content', bytes(4, 5))
      expect(await log.loadUpdates('b1/content')).toEqual([bytes(4, 5)])
      expect(await log.countUpdates('b1/content')).toBe(1)
      expect(await log.loadUpdates('b2/content')).toEqual([bytes(7)])
      await log.appendMany('b1/content', [bytes(6)])
      expect(await log.loadUpdates('b1/content')).toEqual([bytes(4, 5), bytes(6)])
    })

    test('batches written one after another for different docs at once all arrive', async () => {
      await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          log.appendMany(`b${index}/content`, [bytes(index), bytes(index, 1)]),
        ),
      )
      for (let index = 0; index < 20; index++) {
        expect(await log.loadUpdates(`b${index}/content`)).toEqual([bytes(index), bytes(index, 1)])
      }
    })
  })
}
