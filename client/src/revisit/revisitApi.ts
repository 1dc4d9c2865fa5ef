import { ApiRequestError } from '../api/apiClient.ts'
import { text } from '../text.ts'

/**
 * Requests for revisiting a board: the same error handling as apiClient,
 * plus answers that are files (CSV, HTML, backups) rather than JSON.
 */
async function send(path: string, init: RequestInit & { key?: string } = {}): Promise<Response> {
  const headers = new Headers(init.headers)
  if (typeof init.body === 'string') headers.set('Content-Type', 'application/json')
  if (init.key) headers.set('Authorization', `Bearer ${init.key}`)
  let response: Response
  try {
    response = await fetch(path, { ...init, headers })
  } catch {
    throw new ApiRequestError('network', text.errors.network, 0)
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null)
    throw ApiRequestError.fromAnswer(body, response.status)
  }
  return response
}

/** A JSON answer from the API. */
export async function apiJson<T>(path: string, init: RequestInit & { key?: string } = {}): Promise<T> {
  const response = await send(path, init)
  if (response.status === 204) return undefined as T
  return (await response.json()) as T
}

/** A file from the API, with the name the server suggests (or `fallbackName`). */
export async function apiFile(
  path: string,
  key: string,
  fallbackName: string,
): Promise<{ blob: Blob; name: string }> {
  const response = await send(path, { key })
  return { blob: await response.blob(), name: suggestedName(response) ?? fallbackName }
}

function suggestedName(response: Response): string | null {
  const header = response.headers.get('content-disposition') ?? ''
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1]
  if (encoded) {
    try {
      return decodeURIComponent(encoded)
    } catch {
      // Fall through to the plain name.
    }
  }
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? null
}

/** The API path of a board, with `rest` after it. */
export function boardApiPath(boardId: string, rest = ''): string {
  return `/api/boards/${encodeURIComponent(boardId)}${rest}`
}
