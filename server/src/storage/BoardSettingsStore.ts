import type { BoardSettings } from '@wesee/shared'

/** Each board's settings (the defaults until the facilitator sets them). */
export interface BoardSettingsStore {
  /** The board's settings for giving back (the defaults until the facilitator sets them). */
  boardSettings(boardId: string): Promise<BoardSettings>
  saveBoardSettings(boardId: string, settings: BoardSettings): Promise<void>
}
