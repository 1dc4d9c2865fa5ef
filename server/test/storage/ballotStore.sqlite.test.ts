import { describeBallotStoreContract } from './contracts/ballotStoreContract.ts'
import { makeSqliteStore } from './sqliteStore.ts'

describeBallotStoreContract('SQLite', async () => makeSqliteStore())
