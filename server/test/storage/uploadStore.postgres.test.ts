import { expect, test } from 'vitest'
import { describeUploadStoreContract } from './contracts/uploadStoreContract.ts'
import { withPostgres } from './postgresStore.ts'

withPostgres((makeStore) => {
  describeUploadStoreContract('PostgreSQL', async () => {
    const { store, close, addBoard } = await makeStore()
    return {
      store: store.uploads,
      close,
      addBoard,
      deleteBoard: (id) => store.boards.deleteBoard(id),
      async unlinkAsset(boardId, hash) {
        await store.hygiene.unlinkAsset(boardId, hash)
      },
      docs: store.docLog,
    }
  })

  test('an image linked by a copy before its bytes arrived is shown once an upload brings them', async () => {
    const { store, close, addBoard } = await makeStore()
    try {
      await addBoard('board-a')
      const bytes = new Uint8Array([1, 2, 3, 4])
      const hash = '9f64a747e1b97f131fabb6b447296c9b6f0201e79fb3c5356e6c77e89b6a806a'
      const row = { hash, mimeType: 'image/png' as const, size: 4, width: 1, height: 1, createdAt: 7 }
      await store.assets.addAsset('board-a', row)
      expect(await store.uploads.find(hash)).toBeNull()
      expect(
        await store.uploads.save('board-a', bytes, { mimeType: 'image/png', width: 1, height: 1 }),
      ).toEqual(row)
      expect((await store.uploads.find(hash))?.bytes).toEqual(bytes)
      // Nothing is ever stray in PostgreSQL, and removing a "stray" name is harmless.
      await store.uploads.removeStray('../../etc/passwd')
      expect(await store.uploads.find(hash)).not.toBeNull()
    } finally {
      await close()
    }
  })
})
