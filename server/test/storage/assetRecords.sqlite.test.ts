import { describeAssetRecordsContract } from './contracts/assetRecordsContract.ts'
import { makeSqliteStore } from './sqliteStore.ts'

describeAssetRecordsContract('SQLite', async () => {
  const { store, close, addBoard } = makeSqliteStore()
  return { store: store.assets, close, addBoard, deleteBoard: (id) => store.boards.deleteBoard(id) }
})
