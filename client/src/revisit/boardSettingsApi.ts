import type { BoardSettings } from '@wesee/shared'
import { apiJson, boardApiPath } from './revisitApi.ts'

export function getBoardSettings(boardId: string, key: string): Promise<BoardSettings> {
  return apiJson<BoardSettings>(boardApiPath(boardId, '/settings'), { key })
}

export function saveBoardSettings(
  boardId: string,
  key: string,
  settings: BoardSettings,
): Promise<BoardSettings> {
  return apiJson<BoardSettings>(boardApiPath(boardId, '/settings'), {
    key,
    method: 'PUT',
    body: JSON.stringify(settings),
  })
}

/** "12.50" → 1250 pence; empty → null; anything else → undefined (not money). */
export function penceFrom(typed: string): number | null | undefined {
  const trimmed = typed.trim().replace(/^[£€$]/, '')
  if (!trimmed) return null
  if (!/^\d{1,5}([.,]\d{1,2})?$/.test(trimmed)) return undefined
  return Math.round(Number(trimmed.replace(',', '.')) * 100)
}

/** 1250 pence → "12.50"; null → "". */
export function moneyFrom(pence: number | null): string {
  return pence === null ? '' : (pence / 100).toFixed(2)
}
