import path from 'node:path'
import Database from 'better-sqlite3'
import { describeStorageHygieneContract } from './contracts/storageHygieneContract.ts'
import { makeSqliteStore } from './sqliteStore.ts'

describeStorageHygieneContract('SQLite', async () => {
  const { store, close, addBoard, dataDir } = makeSqliteStore()
  return {
    // The SQLite store answers these synchronously today; the contract awaits each answer.
    store: {
      assetLinks: async (boardId) => store.assetLinks(boardId),
      unlinkAsset: async (boardId, hash) => store.unlinkAsset(boardId, hash),
      uploadMentioned: async (hash, boardId) => store.uploadMentioned(hash, boardId),
      storageOf: async (boardId) => store.storageOf(boardId),
    },
    close,
    addBoard,
    docs: store,
    versions: store,
    assets: {
      addAsset: async (boardId, asset) => store.addAsset(boardId, asset),
      getAsset: async (hash) => store.getAsset(hash),
      unusedAssetHashes: async () => store.unusedAssetHashes(),
      deleteAssetIfUnused: async (hash) => store.deleteAssetIfUnused(hash),
    },
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
