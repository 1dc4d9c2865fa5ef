import { describeDocLogContract } from './contracts/docLogContract.ts'
import { withPostgres } from './postgresStore.ts'

withPostgres((makeStore) => {
  describeDocLogContract('PostgreSQL', async () => {
    const { store, close } = await makeStore()
    return { store: store.docLog, close }
  })
})
