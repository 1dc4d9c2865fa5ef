import { useEffect, useState } from 'react'
import { formatDocName, readControlSnapshot, type ControlSnapshot } from '@wesee/shared'
import { openSyncedDoc } from '../board/openSyncedDoc.ts'

/**
 * Follows the board's control doc: stage, lock, joining, people. The server
 * alone writes it; this side only reads, so no offline copy is kept.
 */
export function useControlDoc(boardId: string, key: string, token: string | null): ControlSnapshot | null {
  const [snapshot, setSnapshot] = useState<ControlSnapshot | null>(null)

  useEffect(() => {
    // The control doc carries no presence (openSyncedDoc keeps our awareness empty).
    const { doc, provider, close } = openSyncedDoc(formatDocName({ boardId, kind: 'control' }), key, token)
    const refresh = () => setSnapshot(readControlSnapshot(doc))
    provider.on('sync', (synced: boolean) => {
      if (synced) refresh()
    })
    doc.on('update', refresh)
    return () => {
      doc.off('update', refresh)
      close()
    }
  }, [boardId, key, token])

  return snapshot
}
