import { describeAssetRecordsContract } from './contracts/assetRecordsContract.ts'
import { withPostgres } from './postgresStore.ts'

withPostgres((makeStore) => {
  describeAssetRecordsContract('PostgreSQL', async () => {
    const { store, close, addBoard } = await makeStore()
    return { store: store.assets, close, addBoard, deleteBoard: (id) => store.boards.deleteBoard(id) }
  })
})
