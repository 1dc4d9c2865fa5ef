import { describeVersionStoreContract } from './contracts/versionStoreContract.ts'
import { withPostgres } from './postgresStore.ts'

withPostgres((makeStore) => {
  describeVersionStoreContract('PostgreSQL', async () => {
    const { store, close, addBoard } = await makeStore()
    return { store: store.versions, retention: store.retention, close, addBoard }
  })
})
