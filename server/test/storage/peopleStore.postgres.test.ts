import { describePeopleStoreContract } from './contracts/peopleStoreContract.ts'
import { withPostgres } from './postgresStore.ts'

withPostgres((makeStore) => {
  describePeopleStoreContract('PostgreSQL', async () => {
    const { store, close, addBoard } = await makeStore()
    return { store: store.people, close, addBoard }
  })
})
