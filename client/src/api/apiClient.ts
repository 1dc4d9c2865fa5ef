import { isApiErrorBody, type BoardSummary, type CreatedBoard, type ErrorCode } from '@wesee/shared'
import { text } from '../text.ts'

/** An error from the API, with the server's plain-words message. */
export class ApiRequestError extends Error {
  constructor(
    readonly code: ErrorCode | 'network',
    message: string,
    readonly status: number,
  ) {
    super(message)
  }
}

async function request<T>(path: string, init: RequestInit & { key?: string } = {}): Promise<T> {
  const headers = new Headers(init.headers)
  if (init.body !== undefined) headers.set('Content-Type', 'application/json')
  if (init.key) headers.set('Authorization', `Bearer ${init.key}`)
  let response: Response
  try {
    response = await fetch(path, { ...init, headers })
  } catch {
    throw new ApiRequestError('network', text.errors.network, 0)
  }
  const body: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    if (isApiErrorBody(body)) throw new ApiRequestError(body.error.code, body.error.message, response.status)
    throw new ApiRequestError('server_error', text.errors.generic, response.status)
  }
  return body as T
}

export function createBoard(title: string, template = 'blank'): Promise<CreatedBoard> {
  return request<CreatedBoard>('/api/boards', { method: 'POST', body: JSON.stringify({ title, template }) })
}

export function getBoard(boardId: string, key: string): Promise<BoardSummary> {
  return request<BoardSummary>(`/api/boards/${encodeURIComponent(boardId)}`, { key })
}
