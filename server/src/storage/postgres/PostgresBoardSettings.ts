import type pg from 'pg'
import { boardSettingsSchema, decodeWith, defaultBoardSettings, type BoardSettings } from '@wesee/shared'
import type { BoardSettingsStore } from '../BoardSettingsStore.ts'

/** Each board's settings in PostgreSQL (`board_settings`, one row per board once set, as JSON text like SQLite). */
export class PostgresBoardSettings implements BoardSettingsStore {
  constructor(private readonly pool: pg.Pool) {}

  async boardSettings(boardId: string): Promise<BoardSettings> {
    const { rows } = await this.pool.query<{ settings: string }>(
      'SELECT settings FROM board_settings WHERE board_id = $1',
      [boardId],
    )
    const row = rows[0]
    if (!row) return defaultBoardSettings
    // Stored by this server after checking; an unreadable row (a hand edit) falls back to the defaults.
    const decoded = decodeWith(boardSettingsSchema, safeJson(row.settings))
    return decoded.ok ? decoded.value : defaultBoardSettings
  }

  async saveBoardSettings(boardId: string, settings: BoardSettings): Promise<void> {
    await this.pool.query(
      `INSERT INTO board_settings (board_id, settings) VALUES ($1, $2)
       ON CONFLICT (board_id) DO UPDATE SET settings = EXCLUDED.settings`,
      [boardId, JSON.stringify(settings)],
    )
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
