import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import type { AssetRecords } from '../../../src/storage/AssetRecords.ts'
import type { StorageHygieneStore } from '../../../src/storage/StorageHygieneStore.ts'
import type { AssetRow } from '../../../src/storage/BoardStore.ts'
import type { DocLog } from '../../../src/storage/DocLog.ts'
import type { VersionRow, VersionStore } from '../../../src/storage/VersionStore.ts'
import { hashOf } from './assetRecordsContract.ts'
import type { StoreUnderTest } from './docLogContract.ts'

/**
 * The hygiene queries under test, and the other concerns of the same store
 * that put in what they look through: docs, versions (new ones compressed,
 * and old ones stored plain, as before compression came in) and images.
 */
export interface StorageHygieneUnderTest extends StoreUnderTest<StorageHygieneStore> {
  addBoard(id: string): Promise<void>
  docs: DocLog
  versions: VersionStore
  assets: AssetRecords
  /** Stores a version uncompressed (encoding 'yjs'), as a server from before compression did. */
  addPlainVersion(version: VersionRow): Promise<void>
}

/**
 * What the uploads tidy-up and the size report need from every engine
 * (SQLite and PostgreSQL): links listed and removed exactly, an upload
 * found wherever its hash is written (compressed versions too), and each
 * board's bytes counted as its own.
 */
export function describeStorageHygieneContract(
  engine: string,
  makeStore: () => Promise<StorageHygieneUnderTest>,
): void {
  describe(`StorageHygieneStore contract: ${engine}`, () => {
    let subject: StorageHygieneUnderTest
    let hygiene: StorageHygieneStore

    beforeEach(async () => {
      subject = await makeStore()
      hygiene = subject.store
      // b_1 and bx1: _ is a wildcard in SQL LIKE, and neither may see the other's docs.
      for (const id of ['board-a', 'board-b', 'b_1', 'bx1']) await subject.addBoard(id)
    })

    afterEach(async () => {
      await subject.close()
    })

    const asset = (letter: string, changes: Partial<AssetRow> = {}): AssetRow => ({
      hash: hashOf(letter),
      mimeType: 'image/png',
      size: 1_000,
      width: 10,
      height: 10,
      createdAt: 5_000,
      ...changes,
    })
    /** Bytes that mention `text` in the middle, as a Yjs update holding an image's address would. */
    const mentioning = (text: string) =>
      new Uint8Array([0, 1, 2, ...Buffer.from(`/api/assets/${text}`, 'utf8'), 3, 4])
    const version = (id: string, boardId: string, content: Uint8Array): VersionRow => ({
      id,
      boardId,
      createdAt: 1_000,
      trigger: 'manual',
      name: null,
      stage: null,
      content,
      control: new Uint8Array([9, 9, 9]),
    })

    test("a board's links are listed by hash, with when each began; another board's are not", async () => {
      await subject.assets.addAsset('board-a', asset('b', { createdAt: 2 }))
      await subject.assets.addAsset('board-a', asset('a', { createdAt: 1 }))
      await subject.assets.addAsset('board-b', asset('c'))
      expect(await hygiene.assetLinks('board-a')).toEqual([
        { boardId: 'board-a', hash: hashOf('a'), createdAt: 1 },
        { boardId: 'board-a', hash: hashOf('b'), createdAt: 2 },
      ])
      expect(await hygiene.assetLinks('no-such-board')).toEqual([])
    })

    test('unlinking forgets only that board’s use of the image, once', async () => {
      await subject.assets.addAsset('board-a', asset('a'))
      await subject.assets.addAsset('board-b', asset('a'))
      expect(await hygiene.unlinkAsset('board-a', hashOf('a'))).toBe(true)
      expect(await hygiene.unlinkAsset('board-a', hashOf('a'))).toBe(false)
      expect(await hygiene.unlinkAsset('no-such-board', hashOf('a'))).toBe(false)
      expect(await hygiene.unlinkAsset('board-b', hashOf('z'))).toBe(false)
      expect(await hygiene.assetLinks('board-a')).toEqual([])
      expect((await hygiene.assetLinks('board-b')).map((link) => link.hash)).toEqual([hashOf('a')])
      expect(await subject.assets.getAsset(hashOf('a'))).toEqual(asset('a'))
      expect(await hygiene.unlinkAsset('board-b', hashOf('a'))).toBe(true)
      expect(await subject.assets.unusedAssetHashes()).toEqual([hashOf('a')])
    })

    test('an upload is mentioned when its hash is in any of a board’s docs, and only that board’s', async () => {
      await subject.docs.appendMany('board-a/content', [new Uint8Array([7]), mentioning(hashOf('a'))])
      await subject.docs.appendMany('board-b/private/ana', [mentioning(hashOf('b'))])
      expect(await hygiene.uploadMentioned(hashOf('a'), 'board-a')).toBe(true)
      expect(await hygiene.uploadMentioned(hashOf('a'), null)).toBe(true)
      expect(await hygiene.uploadMentioned(hashOf('a'), 'board-b')).toBe(false)
      expect(await hygiene.uploadMentioned(hashOf('b'), 'board-b')).toBe(true)
      expect(await hygiene.uploadMentioned(hashOf('c'), null)).toBe(false)
      expect(await hygiene.uploadMentioned(hashOf('a'), 'no-such-board')).toBe(false)
    })

    test('a board id with a wildcard in it searches only its own docs', async () => {
      await subject.docs.appendMany('bx1/content', [mentioning(hashOf('a'))])
      expect(await hygiene.uploadMentioned(hashOf('a'), 'b_1')).toBe(false)
      expect(await hygiene.uploadMentioned(hashOf('a'), 'bx1')).toBe(true)
    })

    test('an upload is mentioned when its hash is in a version, compressed or stored plain', async () => {
      await subject.versions.addVersion(version('v1', 'board-a', mentioning(hashOf('a'))))
      await subject.addPlainVersion(version('v2', 'board-b', mentioning(hashOf('b'))))
      // Compressed, the hash is not in the stored bytes: it has to be opened to be found.
      expect(await hygiene.uploadMentioned(hashOf('a'), 'board-a')).toBe(true)
      expect(await hygiene.uploadMentioned(hashOf('a'), null)).toBe(true)
      expect(await hygiene.uploadMentioned(hashOf('a'), 'board-b')).toBe(false)
      expect(await hygiene.uploadMentioned(hashOf('b'), 'board-b')).toBe(true)
      expect(await hygiene.uploadMentioned(hashOf('b'), null)).toBe(true)
      expect(await hygiene.uploadMentioned(hashOf('c'), null)).toBe(false)
    })

    test('the search goes through every version, however many a board has', async () => {
      for (let i = 0; i < 45; i++) {
        await subject.versions.addVersion(
          version(`v${i}`, 'board-a', mentioning(i === 44 ? hashOf('a') : `${i}`)),
        )
      }
      expect(await hygiene.uploadMentioned(hashOf('a'), 'board-a')).toBe(true)
      expect(await hygiene.uploadMentioned(hashOf('b'), 'board-a')).toBe(false)
    })

    test("a board's storage counts its docs, its versions as stored and the uploads it uses, apart from others", async () => {
      expect(await hygiene.storageOf('board-a')).toEqual({ docs: 0, versions: 0, uploads: 0 })
      await subject.docs.appendMany('board-a/content', [new Uint8Array(100), new Uint8Array(20)])
      await subject.docs.appendMany('board-a/private/ana', [new Uint8Array(3)])
      await subject.docs.appendMany('board-b/content', [new Uint8Array(1_000)])
      await subject.docs.appendMany('bx1/content', [new Uint8Array(1_000)])
      const first = await subject.versions.addVersion(version('v1', 'board-a', new Uint8Array(500)))
      const second = await subject.versions.addVersion(version('v2', 'board-a', mentioning('x')))
      await subject.assets.addAsset('board-a', asset('a', { size: 2_000 }))
      await subject.assets.addAsset('board-a', asset('b', { size: 30 }))
      await subject.assets.addAsset('board-b', asset('a', { size: 2_000 }))
      expect(await hygiene.storageOf('board-a')).toEqual({
        docs: 123,
        versions: first + second,
        uploads: 2_030,
      })
      expect(await hygiene.storageOf('board-b')).toEqual({ docs: 1_000, versions: 0, uploads: 2_000 })
      expect(await hygiene.storageOf('b_1')).toEqual({ docs: 0, versions: 0, uploads: 0 })
      expect(await hygiene.storageOf('no-such-board')).toEqual({ docs: 0, versions: 0, uploads: 0 })
    })
  })
}
