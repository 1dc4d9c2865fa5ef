import { useEffect, useState } from 'react'
import { formatDocName, helpRequestsMapName, type HelpRequest } from '@wesee/shared'
import { openSyncedDoc } from '../../board/openSyncedDoc.ts'

/**
 * The facilitator's own doc: cards people sent only to them ("I need a
 * break", "I need help"), newest last. Only the facilitator's key opens it.
 */
export function useHelpRequests(
  boardId: string,
  key: string | null,
): { requests: HelpRequest[]; synced: boolean } {
  const [state, setState] = useState<{ requests: HelpRequest[]; synced: boolean }>({
    requests: [],
    synced: false,
  })
  useEffect(() => {
    if (!key) return
    const { doc, provider, close } = openSyncedDoc(formatDocName({ boardId, kind: 'facilitator' }), key, null)
    const map = doc.getMap<HelpRequest>(helpRequestsMapName)
    const refresh = () =>
      setState({ requests: [...map.values()].sort((a, b) => a.at - b.at), synced: provider.synced })
    map.observe(refresh)
    provider.on('sync', refresh)
    return () => {
      map.unobserve(refresh)
      provider.off('sync', refresh)
      close()
    }
  }, [boardId, key])
  return state
}
