import { useEffect, useState } from 'react'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { readControlSnapshot, type ControlSnapshot } from '@wesee/shared'
import { syncConnectionOptions } from '../board/syncConnectionOptions.ts'
import { syncUrl } from '../board/syncUrl.ts'

/**
 * Follows the board's control doc: stage, lock, joining, people. The server
 * alone writes it; this side only reads, so no offline copy is kept.
 */
export function useControlDoc(boardId: string, key: string, token: string | null): ControlSnapshot | null {
  const [snapshot, setSnapshot] = useState<ControlSnapshot | null>(null)

  useEffect(() => {
    const doc = new Y.Doc()
    const provider = new WebsocketProvider(
      syncUrl(),
      `${boardId}/control`,
      doc,
      syncConnectionOptions(key, token),
    )
    // The control doc carries no presence; keep our awareness empty.
    provider.awareness.setLocalState(null)
    const refresh = () => setSnapshot(readControlSnapshot(doc))
    provider.on('sync', (synced: boolean) => {
      if (synced) refresh()
    })
    doc.on('update', refresh)
    return () => {
      doc.off('update', refresh)
      provider.destroy()
      doc.destroy()
    }
  }, [boardId, key, token])

  return snapshot
}
