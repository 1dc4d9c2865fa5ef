import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import type { AssetRecords } from '../../../src/storage/AssetRecords.ts'
import type { AssetRow } from '../../../src/storage/BoardStore.ts'
import type { StoreUnderTest } from './docLogContract.ts'

/** Asset records under test, and ways to make and delete the boards that use them. */
export interface AssetRecordsUnderTest extends StoreUnderTest<AssetRecords> {
  addBoard(id: string): Promise<void>
  deleteBoard(id: string): Promise<void>
}

/** A well-formed hash (64 lower-case hex digits) made from a letter, so tests can tell them apart. */
export const hashOf = (letter: string): string => letter.repeat(64)

/**
 * What every AssetRecords must do, written once and run against each engine
 * (SQLite and PostgreSQL): an image is recorded once whoever adds it, each
 * board that uses it is linked, and it is forgotten only when no board does.
 */
export function describeAssetRecordsContract(
  engine: string,
  makeStore: () => Promise<AssetRecordsUnderTest>,
): void {
  describe(`AssetRecords contract: ${engine}`, () => {
    let subject: AssetRecordsUnderTest
    let assets: AssetRecords

    beforeEach(async () => {
      subject = await makeStore()
      assets = subject.store
      await subject.addBoard('board-a')
      await subject.addBoard('board-b')
    })

    afterEach(async () => {
      await subject.close()
    })

    const asset = (letter: string, changes: Partial<AssetRow> = {}): AssetRow => ({
      hash: hashOf(letter),
      mimeType: 'image/png',
      size: 1_234,
      width: 640,
      height: 480,
      createdAt: 1_733_400_000_000,
      ...changes,
    })

    test('a recorded image comes back field for field; an unknown one is not there', async () => {
      const picture = asset('a', { mimeType: 'image/webp' })
      await assets.addAsset('board-a', picture)
      expect(await assets.getAsset(hashOf('a'))).toEqual(picture)
      expect(await assets.getAsset(hashOf('b'))).toBeNull()
      expect(await assets.getAsset('not-a-hash')).toBeNull()
      expect(await assets.unusedAssetHashes()).toEqual([])
    })

    test('an image is recorded once: a second board using it keeps the first row and is linked too', async () => {
      await assets.addAsset('board-a', asset('a'))
      await assets.addAsset('board-b', asset('a', { createdAt: 9, mimeType: 'image/gif' }))
      await assets.addAsset('board-b', asset('a'))
      expect(await assets.getAsset(hashOf('a'))).toEqual(asset('a'))
      await subject.deleteBoard('board-a')
      // board-b still uses it.
      expect(await assets.unusedAssetHashes()).toEqual([])
      expect(await assets.deleteAssetIfUnused(hashOf('a'))).toBe(false)
      expect(await assets.getAsset(hashOf('a'))).toEqual(asset('a'))
    })

    test('an image for a board that does not exist is refused, and not recorded', async () => {
      await expect(assets.addAsset('no-such-board', asset('a'))).rejects.toThrow()
      expect(await assets.getAsset(hashOf('a'))).toBeNull()
    })

    test('an image is unused once every board that used it is deleted, and only then forgotten', async () => {
      await assets.addAsset('board-a', asset('a'))
      await assets.addAsset('board-a', asset('b'))
      await assets.addAsset('board-b', asset('b'))
      expect(await assets.deleteAssetIfUnused(hashOf('a'))).toBe(false)
      await subject.deleteBoard('board-a')
      expect(await assets.unusedAssetHashes()).toEqual([hashOf('a')])
      expect(await assets.deleteAssetIfUnused(hashOf('a'))).toBe(true)
      expect(await assets.getAsset(hashOf('a'))).toBeNull()
      expect(await assets.deleteAssetIfUnused(hashOf('a'))).toBe(false)
      expect(await assets.deleteAssetIfUnused(hashOf('z'))).toBe(false)
      expect(await assets.deleteAssetIfUnused("' OR 1=1 --")).toBe(false)
      expect(await assets.getAsset(hashOf('b'))).toEqual(asset('b'))
      expect(await assets.unusedAssetHashes()).toEqual([])
    })

    test('a forgotten image can be recorded again', async () => {
      await assets.addAsset('board-a', asset('a'))
      await subject.deleteBoard('board-a')
      expect(await assets.deleteAssetIfUnused(hashOf('a'))).toBe(true)
      await assets.addAsset('board-b', asset('a', { createdAt: 5 }))
      expect(await assets.getAsset(hashOf('a'))).toEqual(asset('a', { createdAt: 5 }))
    })
  })
}
