import { describeVersionStoreContract } from './contracts/versionStoreContract.ts'
import { makeSqliteStore } from './sqliteStore.ts'

describeVersionStoreContract('SQLite', async () => {
  const { store, close, addBoard } = makeSqliteStore()
  return { store: store.versions, retention: store.retention, close, addBoard }
})
