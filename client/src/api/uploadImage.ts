import type { UploadedAsset } from '@wesee/shared'
import { fetchApi } from './apiClient.ts'

/**
 * Sends an image to the board (`POST /api/boards/:id/assets`, the bytes as
 * the body). The server checks the bytes and says in plain words why it
 * refuses one; that message comes back as an ApiRequestError.
 */
export function uploadImage(
  boardId: string,
  key: string,
  image: Blob,
  signal?: AbortSignal,
): Promise<UploadedAsset> {
  return fetchApi<UploadedAsset>(`/api/boards/${encodeURIComponent(boardId)}/assets`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${key}`,
      'Content-Type': image.type || 'application/octet-stream',
    },
    body: image,
    signal,
  })
}
