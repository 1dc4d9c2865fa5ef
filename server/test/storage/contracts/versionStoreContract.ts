import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import type { VersionRetentionStore } from '../../../src/storage/VersionRetentionStore.ts'
import type { VersionRow, VersionStore } from '../../../src/storage/VersionStore.ts'
import type { StoreUnderTest } from './docLogContract.ts'

/** A version store under test, and a way to make the boards its rows belong to. */
export interface VersionStoreUnderTest extends StoreUnderTest<VersionStore> {
  /** The same engine's version tidy-up. */
  retention: VersionRetentionStore
  addBoard(id: string): Promise<void>
}

/**
 * What every store of versions must do, written once and run against each
 * engine (SQLite and PostgreSQL): restore points come back byte for byte,
 * newest first, each board's apart, and the tidy-up removes only what it names.
 */
export function describeVersionStoreContract(
  engine: string,
  makeStore: () => Promise<VersionStoreUnderTest>,
): void {
  describe(`VersionStore contract: ${engine}`, () => {
    let subject: VersionStoreUnderTest
    let versions: VersionStore
    let retention: VersionRetentionStore

    beforeEach(async () => {
      subject = await makeStore()
      versions = subject.store
      retention = subject.retention
      await subject.addBoard('board-a')
      await subject.addBoard('board-b')
    })

    afterEach(async () => {
      await subject.close()
    })

    const version = (id: string, changes: Partial<VersionRow> = {}): VersionRow => ({
      id,
      boardId: 'board-a',
      createdAt: 1_000,
      trigger: 'manual',
      name: null,
      stage: null,
      content: new Uint8Array([1, 2, 3, id.length]),
      control: new Uint8Array(200).fill(7),
      ...changes,
    })

    test('a board with no versions lists none and has no latest', async () => {
      expect(await versions.listVersions('board-a')).toEqual([])
      expect(await versions.latestVersionAt('board-a')).toBeNull()
      expect(await versions.getVersion('board-a', 'nope')).toBeNull()
    })

    test('a saved version comes back byte for byte, with the size it takes as stored', async () => {
      const saved = version('v1', { name: 'End of day one', stage: 'exploration', trigger: 'stage' })
      const size = await versions.addVersion(saved)
      expect(size).toBeGreaterThan(0)
      expect(await versions.getVersion('board-a', 'v1')).toEqual({ ...saved, size })
      const [listed] = await versions.listVersions('board-a')
      expect(listed).toEqual({
        id: 'v1',
        boardId: 'board-a',
        createdAt: 1_000,
        trigger: 'stage',
        name: 'End of day one',
        stage: 'exploration',
        size,
      })
    })

    test('versions list newest first (saved in the same millisecond: the later one first)', async () => {
      await versions.addVersion(version('old', { createdAt: 1_000 }))
      await versions.addVersion(version('new', { createdAt: 3_000 }))
      await versions.addVersion(version('same-1', { createdAt: 2_000 }))
      await versions.addVersion(version('same-2', { createdAt: 2_000 }))
      expect((await versions.listVersions('board-a')).map((v) => v.id)).toEqual([
        'new',
        'same-2',
        'same-1',
        'old',
      ])
      expect(await versions.latestVersionAt('board-a')).toBe(3_000)
    })

    test("one board's versions are never another's", async () => {
      await versions.addVersion(version('v1'))
      await versions.addVersion(version('v2', { boardId: 'board-b', createdAt: 9_000 }))
      expect(await versions.getVersion('board-b', 'v1')).toBeNull()
      expect((await versions.listVersions('board-b')).map((v) => v.id)).toEqual(['v2'])
      expect(await versions.latestVersionAt('board-a')).toBe(1_000)
      expect(await retention.deleteVersions('board-b', ['v1'])).toBe(0)
      expect(await versions.getVersion('board-a', 'v1')).not.toBeNull()
    })

    test('the tidy-up removes exactly the versions it names, and says how many went', async () => {
      for (const id of ['v1', 'v2', 'v3']) await versions.addVersion(version(id))
      expect(await retention.deleteVersions('board-a', ['v1', 'v3', 'gone-already'])).toBe(2)
      expect((await versions.listVersions('board-a')).map((v) => v.id)).toEqual(['v2'])
      expect(await retention.deleteVersions('board-a', [])).toBe(0)
    })

    test('new versions are stored compressed already: nothing to compact, and compacting one changes nothing', async () => {
      const saved = version('v1', { stage: 'engagement' })
      const size = await versions.addVersion(saved)
      expect(await retention.versionsToCompact(10)).toEqual([])
      await retention.compactVersion('board-a', 'v1', 'something-else')
      expect(await versions.getVersion('board-a', 'v1')).toEqual({ ...saved, size })
    })

    test('every board is listed for the tidy-up', async () => {
      expect((await retention.boardIds()).sort()).toEqual(['board-a', 'board-b'])
    })
  })
}
