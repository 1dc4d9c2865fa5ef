import { FileUploads } from '../../src/assets/FileUploads.ts'
import { describeUploadStoreContract } from './contracts/uploadStoreContract.ts'
import { makeSqliteStore } from './sqliteStore.ts'

describeUploadStoreContract('files beside SQLite', async () => {
  const { store, close, addBoard, dataDir } = makeSqliteStore()
  return {
    store: new FileUploads(dataDir, store.assets, store.hygiene),
    close,
    addBoard,
    deleteBoard: (id) => store.boards.deleteBoard(id),
    async unlinkAsset(boardId, hash) {
      await store.hygiene.unlinkAsset(boardId, hash)
    },
    docs: store.docLog,
  }
})
