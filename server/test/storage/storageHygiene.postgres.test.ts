import { describeStorageHygieneContract } from './contracts/storageHygieneContract.ts'
import { withPostgres } from './postgresStore.ts'

withPostgres((makeStore) => {
  describeStorageHygieneContract('PostgreSQL', async () => {
    const { store, close, addBoard, sql } = await makeStore()
    return {
      store: store.hygiene,
      close,
      addBoard,
      docs: store.docLog,
      versions: store.versions,
      assets: store.assets,
      async addPlainVersion(version) {
        await sql(
          `INSERT INTO versions (id, board_id, created_at, trigger_kind, name, stage, content, control, encoding)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'yjs')`,
          [
            version.id,
            version.boardId,
            version.createdAt,
            version.trigger,
            version.name,
            version.stage,
            Buffer.from(version.content),
            Buffer.from(version.control),
          ],
        )
      },
    }
  })
})
