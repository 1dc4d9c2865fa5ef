import { describeVersionStoreContract } from './contracts/versionStoreContract.ts'
import { makeSqliteStore } from './sqliteStore.ts'

describeVersionStoreContract('SQLite', async () => makeSqliteStore())
