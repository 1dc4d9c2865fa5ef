import { isApiErrorBody, type UploadedAsset } from '@wesee/shared'
import { text } from '../text.ts'
import { ApiRequestError } from './apiClient.ts'

/**
 * Sends an image to the board (`POST /api/boards/:id/assets`, the bytes as
 * the body). The server checks the bytes and says in plain words why it
 * refuses one; that message comes back as an ApiRequestError.
 */
export async function uploadImage(
  boardId: string,
  key: string,
  image: Blob,
  signal?: AbortSignal,
): Promise<UploadedAsset> {
  let response: Response
  try {
    response = await fetch(`/api/boards/${encodeURIComponent(boardId)}/assets`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${key}`,
        'Content-Type': image.type || 'application/octet-stream',
      },
      body: image,
      signal,
    })
  } catch {
    throw new ApiRequestError('network', text.errors.network, 0)
  }
  const body: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    if (isApiErrorBody(body)) throw new ApiRequestError(body.error.code, body.error.message, response.status)
    throw new ApiRequestError('server_error', text.errors.generic, response.status)
  }
  return body as UploadedAsset
}
