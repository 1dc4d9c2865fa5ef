import path from 'node:path'
import Database from 'better-sqlite3'
import { describeBoardSettingsStoreContract } from './contracts/boardSettingsStoreContract.ts'
import { makeSqliteStore } from './sqliteStore.ts'

describeBoardSettingsStoreContract('SQLite', async () => {
  const { store, close, addBoard, dataDir } = makeSqliteStore()
  return {
    store: store.settings,
    close,
    addBoard,
    // What an older server or a hand edit left, written by a second connection.
    async writeRawSettings(boardId, text) {
      const db = new Database(path.join(dataDir, 'wesee.sqlite'))
      try {
        db.prepare(
          'INSERT INTO board_settings (board_id, settings) VALUES (?, ?) ON CONFLICT (board_id) DO UPDATE SET settings = excluded.settings',
        ).run(boardId, text)
      } finally {
        db.close()
      }
    },
  }
})
