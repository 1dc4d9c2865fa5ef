import type { BoardSummary, CreatedBoard, UpdatedBoard } from '@wesee/shared'
import { apiJson, boardApiPath } from './revisitApi.ts'

/** Renames a board or puts it away (facilitator key). */
export function updateBoard(
  boardId: string,
  key: string,
  changes: { title?: string; archived?: boolean },
): Promise<UpdatedBoard> {
  return apiJson<UpdatedBoard>(boardApiPath(boardId), { method: 'PATCH', key, body: JSON.stringify(changes) })
}

/** Deletes a board and its data from the server (facilitator key). */
export function deleteBoard(boardId: string, key: string): Promise<void> {
  return apiJson<void>(boardApiPath(boardId), { method: 'DELETE', key })
}

/** A fresh board from this one's layout, with or without people's notes (facilitator key). */
export function duplicateBoard(
  boardId: string,
  key: string,
  options: { title: string; withNotes: boolean },
): Promise<CreatedBoard> {
  return apiJson<CreatedBoard>(boardApiPath(boardId, '/duplicate'), {
    method: 'POST',
    key,
    body: JSON.stringify(options),
  })
}

/** Brings a backup file in as a new board (the file's text as the body). */
export function importBackup(fileText: string): Promise<CreatedBoard> {
  return apiJson<CreatedBoard>('/api/boards/import', { method: 'POST', body: fileText })
}

/** What the server says about a remembered board now. */
export type BoardState =
  | { kind: 'loading' }
  | { kind: 'ready'; summary: BoardSummary }
  | { kind: 'deleted' }
  | { kind: 'unreachable' }
