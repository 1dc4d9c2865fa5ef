import path from 'node:path'
import Database from 'better-sqlite3'
import { describeBoardRecordsContract } from './contracts/boardRecordsContract.ts'
import { storeParts } from './contracts/storeParts.ts'
import { makeSqliteStore } from './sqliteStore.ts'

describeBoardRecordsContract('SQLite', async () => {
  const { store, close, dataDir } = makeSqliteStore()
  return {
    store: store.boards,
    ...storeParts(store),
    close,
    // Read by a second connection: what is on disk, not what the store says.
    async storedKeys(boardId) {
      const db = new Database(path.join(dataDir, 'wesee.sqlite'), { readonly: true })
      try {
        const row = db
          .prepare<[string], { facilitator: string; participant: string; viewer: string }>(
            `SELECT facilitator_key AS facilitator, participant_key AS participant, viewer_key AS viewer
             FROM boards WHERE id = ?`,
          )
          .get(boardId)
        return row ?? null
      } finally {
        db.close()
      }
    },
  }
})
