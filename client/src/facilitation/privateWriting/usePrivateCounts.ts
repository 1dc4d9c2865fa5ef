import { useEffect, useState } from 'react'
import type { PrivateWritingCounts, PrivateWritingState } from '@wesee/shared'
import { fetchApi } from '../../api/apiClient.ts'

/** How often the facilitator's list of counts is asked for again while people write. */
const refreshMs = 3000

/**
 * The facilitator's view of how many private notes each person has
 * (`GET /api/boards/:id/private/status`, facilitator key only): numbers,
 * never words. Nobody else's browser asks, and the control doc carries only
 * how many people are writing. Asked again when that number changes, and
 * every few seconds while private writing is on (a second note changes no
 * shared number).
 */
export function usePrivateCounts(
  boardId: string,
  facilitatorKey: string | null,
  state: PrivateWritingState | null,
): Record<string, number> {
  const [counts, setCounts] = useState<Record<string, number>>({})
  const active = state?.active ?? false
  const writers = state?.writers ?? 0
  useEffect(() => {
    if (!facilitatorKey || !active) return
    let cancelled = false
    const ask = () =>
      fetchApi<PrivateWritingCounts>(`/api/boards/${encodeURIComponent(boardId)}/private/status`, {
        headers: { Authorization: `Bearer ${facilitatorKey}` },
        cache: 'no-store',
      }).then(
        (answer) => {
          if (!cancelled) setCounts(answer.counts)
        },
        () => {
          // Offline for a moment: the next ask fills the list in.
        },
      )
    void ask()
    const timer = window.setInterval(() => void ask(), refreshMs)
    return () => {
      cancelled = true
      window.clearInterval(timer)
    }
  }, [boardId, facilitatorKey, active, writers])
  return counts
}
