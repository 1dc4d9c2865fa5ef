import { describeBoardSettingsStoreContract } from './contracts/boardSettingsStoreContract.ts'
import { withPostgres } from './postgresStore.ts'

withPostgres((makeStore) => {
  describeBoardSettingsStoreContract('PostgreSQL', async () => {
    const { store, close, addBoard, sql } = await makeStore()
    return {
      store: store.settings,
      close,
      addBoard,
      async writeRawSettings(boardId, text) {
        await sql(
          `INSERT INTO board_settings (board_id, settings) VALUES ($1, $2)
           ON CONFLICT (board_id) DO UPDATE SET settings = EXCLUDED.settings`,
          [boardId, text],
        )
      },
    }
  })
})
