import type pg from 'pg'
import type { BoardSettings } from '@wesee/shared'
import type { BoardSettingsStore } from '../BoardSettingsStore.ts'
import { readStoredBoardSettings, storedBoardSettingsText } from '../storedBoardSettings.ts'

/** Each board's settings in PostgreSQL (`board_settings`, one row per board once set, as JSON text like SQLite). */
export class PostgresBoardSettings implements BoardSettingsStore {
  constructor(private readonly pool: pg.Pool) {}

  async boardSettings(boardId: string): Promise<BoardSettings> {
    const { rows } = await this.pool.query<{ settings: string }>(
      'SELECT settings FROM board_settings WHERE board_id = $1',
      [boardId],
    )
    return readStoredBoardSettings(rows[0]?.settings)
  }

  async saveBoardSettings(boardId: string, settings: BoardSettings): Promise<void> {
    await this.pool.query(
      `INSERT INTO board_settings (board_id, settings) VALUES ($1, $2)
       ON CONFLICT (board_id) DO UPDATE SET settings = EXCLUDED.settings`,
      [boardId, storedBoardSettingsText(settings)],
    )
  }
}
