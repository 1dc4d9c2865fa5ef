import { describePeopleStoreContract } from './contracts/peopleStoreContract.ts'
import { makeSqliteStore } from './sqliteStore.ts'

describePeopleStoreContract('SQLite', async () => {
  const { store, close, addBoard } = makeSqliteStore()
  return { store: store.people, close, addBoard }
})
