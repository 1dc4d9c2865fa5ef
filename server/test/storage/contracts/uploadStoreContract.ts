import { createHash } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import type { ImageInfo } from '../../../src/assets/inspectImage.ts'
import type { DocLog } from '../../../src/storage/DocLog.ts'
import type { UploadStore } from '../../../src/storage/UploadStore.ts'
import type { StoreUnderTest } from './docLogContract.ts'

/** An upload store under test, and the parts of the same store that decide whether an image is still used. */
export interface UploadStoreUnderTest extends StoreUnderTest<UploadStore> {
  addBoard(id: string): Promise<void>
  deleteBoard(id: string): Promise<void>
  /** Forgets that a board uses an image (as the tidy-up does), leaving the image unused. */
  unlinkAsset(boardId: string, hash: string): Promise<void>
  docs: DocLog
}

/**
 * What every UploadStore must do, written once and run against each engine
 * (files beside SQLite, bytes in PostgreSQL): the same bytes are stored
 * once, come back byte for byte, and go only when nothing shows them, never
 * while an upload of them is under way.
 */
export function describeUploadStoreContract(
  engine: string,
  makeStore: () => Promise<UploadStoreUnderTest>,
): void {
  describe(`UploadStore contract: ${engine}`, () => {
    let subject: UploadStoreUnderTest
    let uploads: UploadStore

    beforeEach(async () => {
      subject = await makeStore()
      uploads = subject.store
      await subject.addBoard('board-a')
      await subject.addBoard('board-b')
    })

    afterEach(async () => {
      await subject.close()
    })

    const png: ImageInfo = { mimeType: 'image/png', width: 40, height: 30 }
    /** Distinct bytes for each label (the store does not look inside them; the routes check images first). */
    const picture = (label: string) => new Uint8Array(Buffer.from(`\x89PNG picture ${label}`, 'latin1'))
    const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

    test('a saved image is named by the SHA-256 of its bytes and comes back byte for byte', async () => {
      const bytes = picture('one')
      const before = Date.now()
      const saved = await uploads.save('board-a', bytes, png)
      expect(saved).toEqual({
        hash: sha256(bytes),
        mimeType: 'image/png',
        size: bytes.byteLength,
        width: 40,
        height: 30,
        createdAt: expect.any(Number),
      })
      expect(saved.createdAt).toBeGreaterThanOrEqual(before)
      const found = await uploads.find(saved.hash)
      expect(found?.asset).toEqual(saved)
      expect(Buffer.from(found?.bytes ?? []).equals(Buffer.from(bytes))).toBe(true)
      expect(await uploads.storedBytes()).toBe(bytes.byteLength)
    })

    test('the same bytes from two boards are stored once, as first stored', async () => {
      const bytes = picture('shared')
      const first = await uploads.save('board-a', bytes, png)
      const second = await uploads.save('board-b', bytes, { ...png, width: 1 })
      await uploads.save('board-b', bytes, png)
      expect(second).toEqual(first)
      expect(await uploads.storedBytes()).toBe(bytes.byteLength)
      // Still used by board-b once board-a goes.
      await subject.deleteBoard('board-a')
      expect(await uploads.removeIfUnused(first.hash)).toBe(false)
      expect(await uploads.removeUnused()).toBe(0)
      expect(await uploads.find(first.hash)).not.toBeNull()
    })

    test('unknown, malformed and hostile hashes find nothing and remove nothing', async () => {
      const saved = await uploads.save('board-a', picture('one'), png)
      for (const hash of [
        'f'.repeat(64),
        saved.hash.toUpperCase(),
        `${saved.hash} `,
        saved.hash.slice(1),
        `../${saved.hash}`,
        '',
        "' OR 1=1 --",
      ]) {
        expect(await uploads.find(hash)).toBeNull()
        expect(await uploads.removeIfUnused(hash)).toBe(false)
      }
      expect(await uploads.find(saved.hash)).not.toBeNull()
    })

    test('an image for a board that does not exist is refused, and nothing can show it', async () => {
      const bytes = picture('orphan')
      await expect(uploads.save('no-such-board', bytes, png)).rejects.toThrow()
      expect(await uploads.find(sha256(bytes))).toBeNull()
    })

    test('an image goes once no board uses it, with its bytes; one copied onto another board stays', async () => {
      const alone = await uploads.save('board-a', picture('alone'), png)
      const copied = await uploads.save('board-a', picture('copied'), png)
      // board-b shows the second in its doc (copied there), without a link.
      await subject.docs.appendMany('board-b/content', [Buffer.from(`/api/assets/${copied.hash}`)])
      await subject.deleteBoard('board-a')
      expect(await uploads.removeUnused()).toBe(1)
      expect(await uploads.find(alone.hash)).toBeNull()
      expect(await uploads.find(copied.hash)).not.toBeNull()
      expect(await uploads.storedBytes()).toBe(copied.size)
      expect(await uploads.removeUnused()).toBe(0)
    })

    test('removing one image goes only when unused, once', async () => {
      const saved = await uploads.save('board-a', picture('one'), png)
      expect(await uploads.removeIfUnused(saved.hash)).toBe(false)
      await subject.unlinkAsset('board-a', saved.hash)
      expect(await uploads.removeIfUnused(saved.hash)).toBe(true)
      expect(await uploads.removeIfUnused(saved.hash)).toBe(false)
      expect(await uploads.find(saved.hash)).toBeNull()
      expect(await uploads.storedBytes()).toBe(0)
      // Sent again, it is stored again.
      expect((await uploads.save('board-b', picture('one'), png)).hash).toBe(saved.hash)
      expect(await uploads.find(saved.hash)).not.toBeNull()
    })

    test('an upload and a removal of the same image at once never lose the upload', async () => {
      for (let round = 0; round < 15; round++) {
        const bytes = picture(`race-${round}`)
        const { hash } = await uploads.save('board-a', bytes, png)
        await subject.unlinkAsset('board-a', hash)
        const [saved] = await Promise.all([
          uploads.save('board-b', bytes, png),
          uploads.removeIfUnused(hash),
          uploads.removeUnused(),
        ])
        expect(saved.hash).toBe(hash)
        const found = await uploads.find(hash)
        expect(Buffer.from(found?.bytes ?? []).equals(Buffer.from(bytes))).toBe(true)
        // And board-b uses it, so a tidy-up now keeps it.
        expect(await uploads.removeIfUnused(hash)).toBe(false)
      }
    })

    test('freshly saved images are never stray', async () => {
      await uploads.save('board-a', picture('one'), png)
      await uploads.save('board-b', picture('two'), png)
      expect(await uploads.strayFiles(Date.now() + 60_000)).toEqual([])
    })
  })
}
