import { describeBallotStoreContract } from './contracts/ballotStoreContract.ts'
import { withPostgres } from './postgresStore.ts'

withPostgres((makeStore) => {
  describeBallotStoreContract('PostgreSQL', async () => {
    const { store, close, addBoard } = await makeStore()
    return { store: store.ballots, close, addBoard }
  })
})
