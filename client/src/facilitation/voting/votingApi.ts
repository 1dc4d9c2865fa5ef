import { isApiErrorBody, type MyVotes } from '@wesee/shared'
import { ApiRequestError } from '../../api/apiClient.ts'
import { text } from '../../text.ts'

/**
 * `GET /api/boards/:id/votes/mine`: my own votes in the open (or last) vote.
 * The facilitator may ask for someone they vote for with `forParticipant`.
 */
export async function getMyVotes(
  boardId: string,
  key: string,
  token: string | null,
  forParticipant?: string,
): Promise<MyVotes> {
  const query = forParticipant ? `?for=${encodeURIComponent(forParticipant)}` : ''
  const headers: Record<string, string> = { Authorization: `Bearer ${key}` }
  if (token) headers['X-Participant-Token'] = token
  let response: Response
  try {
    response = await fetch(`/api/boards/${encodeURIComponent(boardId)}/votes/mine${query}`, {
      headers,
      cache: 'no-store',
    })
  } catch {
    throw new ApiRequestError('network', text.errors.network, 0)
  }
  const body: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    if (isApiErrorBody(body)) throw new ApiRequestError(body.error.code, body.error.message, response.status)
    throw new ApiRequestError('server_error', text.errors.generic, response.status)
  }
  return body as MyVotes
}
