import type { MyVotes } from '@wesee/shared'
import { fetchApi } from '../../api/apiClient.ts'

/**
 * `GET /api/boards/:id/votes/mine`: my own votes in the open (or last) vote.
 * The facilitator may ask for someone they vote for with `forParticipant`.
 */
export function getMyVotes(
  boardId: string,
  key: string,
  token: string | null,
  forParticipant?: string,
): Promise<MyVotes> {
  const query = forParticipant ? `?for=${encodeURIComponent(forParticipant)}` : ''
  const headers: Record<string, string> = { Authorization: `Bearer ${key}` }
  if (token) headers['X-Participant-Token'] = token
  return fetchApi<MyVotes>(`/api/boards/${encodeURIComponent(boardId)}/votes/mine${query}`, {
    headers,
    cache: 'no-store',
  })
}
