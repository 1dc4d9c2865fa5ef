import path from 'node:path'
import Database from 'better-sqlite3'
import { describeStorageHygieneContract } from './contracts/storageHygieneContract.ts'
import { makeSqliteStore } from './sqliteStore.ts'

describeStorageHygieneContract('SQLite', async () => {
  const { store, close, addBoard, dataDir } = makeSqliteStore()
  return {
    store: store.hygiene,
    close,
    addBoard,
    docs: store.docLog,
    versions: store.versions,
    assets: store.assets,
    async addPlainVersion(version) {
      const db = new Database(path.join(dataDir, 'wesee.sqlite'))
      try {
        db.prepare(
          `INSERT INTO versions (id, board_id, created_at, trigger_kind, name, stage, content, control, encoding)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'yjs')`,
        ).run(
          version.id,
          version.boardId,
          version.createdAt,
          version.trigger,
          version.name,
          version.stage,
          Buffer.from(version.content),
          Buffer.from(version.control),
        )
      } finally {
        db.close()
      }
    },
  }
})
