import { boardSettingsSchema, decodeWith, defaultBoardSettings, type BoardSettings } from '@wesee/shared'

/**
 * A board's settings as every engine stores them (JSON text), read back.
 * Stored by this server after checking; an unreadable row (a hand edit)
 * falls back to the defaults rather than being handed on.
 */
export function readStoredBoardSettings(text: string | undefined): BoardSettings {
  if (text === undefined) return defaultBoardSettings
  const decoded = decodeWith(boardSettingsSchema, safeJson(text))
  return decoded.ok ? decoded.value : defaultBoardSettings
}

export function storedBoardSettingsText(settings: BoardSettings): string {
  return JSON.stringify(settings)
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
