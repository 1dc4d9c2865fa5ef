import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { SqliteBoardStore } from '../../src/storage/SqliteBoardStore.ts'
import { describeDocLogContract } from './contracts/docLogContract.ts'

describeDocLogContract('SQLite', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wesee-doclog-'))
  const store = new SqliteBoardStore(dataDir)
  return {
    store: store.docLog,
    async close() {
      store.close()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
})
