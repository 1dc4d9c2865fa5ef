import { describeBallotStoreContract } from './contracts/ballotStoreContract.ts'
import { makeSqliteStore } from './sqliteStore.ts'

describeBallotStoreContract('SQLite', async () => {
  const { store, close, addBoard } = makeSqliteStore()
  return { store: store.ballots, close, addBoard }
})
