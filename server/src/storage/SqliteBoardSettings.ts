import type Database from 'better-sqlite3'
import type { BoardSettings } from '@wesee/shared'
import type { BoardSettingsStore } from './BoardSettingsStore.ts'
import { readStoredBoardSettings, storedBoardSettingsText } from './storedBoardSettings.ts'

/** Each board's settings in SQLite (`board_settings`, one row per board once set). Synchronous underneath; async to match every engine. */
export class SqliteBoardSettings implements BoardSettingsStore {
  private readonly statements

  constructor(db: Database.Database) {
    this.statements = {
      read: db.prepare<[string], { settings: string }>(
        'SELECT settings FROM board_settings WHERE board_id = ?',
      ),
      save: db.prepare<[string, string]>(
        'INSERT INTO board_settings (board_id, settings) VALUES (?, ?) ON CONFLICT (board_id) DO UPDATE SET settings = excluded.settings',
      ),
    }
  }

  async boardSettings(boardId: string): Promise<BoardSettings> {
    return readStoredBoardSettings(this.statements.read.get(boardId)?.settings)
  }

  async saveBoardSettings(boardId: string, settings: BoardSettings): Promise<void> {
    this.statements.save.run(boardId, storedBoardSettingsText(settings))
  }
}
