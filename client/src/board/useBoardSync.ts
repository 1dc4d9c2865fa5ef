import { useEffect, useState } from 'react'
import { createTLStore, defaultBindingUtils, type TLStore } from 'tldraw'
import { IndexeddbPersistence } from 'y-indexeddb'
import type { WebsocketProvider } from 'y-websocket'
import { YKeyValue } from 'y-utility/y-keyvalue'
import { formatDocName, recordsArrayName } from '@wesee/shared'
import { joinedOnSharedDevice } from '../join/participantIdentity.ts'
import { boardAssetStore } from '../pictures/boardAssetStore.ts'
import { boardShapeUtils } from '../pictures/boardShapeUtils.ts'
import { bindStoreToYjs } from './bindStoreToYjs.ts'
import { isExplainedClose, shouldReconnectAfter, type ConnectionState } from './connectionState.ts'
import { openSyncedDoc } from './openSyncedDoc.ts'

/** How long a lost connection may try again before we call it "offline". */
const offlineAfterMs = 8_000

export interface BoardSync {
  /** The tldraw store, filled and bound once the doc has content. Null while loading. */
  store: TLStore | null
  connection: ConnectionState
  provider: WebsocketProvider | null
}

/**
 * Opens a board's content doc: from this device's offline copy (IndexedDB)
 * at once (not on a shared computer), and from the server over y-websocket. The tldraw store is only
 * handed out once the doc holds the server-seeded records, so a client
 * never creates pages of its own.
 */
export function useBoardSync(
  boardId: string,
  key: string,
  token: string | null,
  /** Keeps some local records off the shared board (private notes); must be stable. */
  divert?: Parameters<typeof bindStoreToYjs>[3],
): BoardSync {
  const [sync, setSync] = useState<BoardSync>({
    store: null,
    connection: { kind: 'connecting' },
    provider: null,
  })

  useEffect(() => {
    const docName = formatDocName({ boardId, kind: 'content' })
    // The one doc with presence: everyone's cursors and selections.
    const { doc, provider, close } = openSyncedDoc(docName, key, token, { presence: true })
    // No offline copy for someone who joined on a shared computer: nothing of theirs outlives the tab.
    const offlineCopy = joinedOnSharedDevice(boardId)
      ? null
      : new IndexeddbPersistence(`wesee:${docName}`, doc)
    const records = new YKeyValue<unknown>(doc.getArray<{ key: string; val: unknown }>(recordsArrayName))
    const cleanups: Array<() => void> = []
    let store: TLStore | null = null
    let offlineTimer: ReturnType<typeof setTimeout> | null = null

    const update = (patch: Partial<BoardSync>) => setSync((current) => ({ ...current, ...patch }))
    update({ provider })

    const startWhenReady = () => {
      if (store || records.map.size === 0) return
      store = createTLStore({
        // WeSee's own shapes (picture notes) too, or their records would be refused.
        shapeUtils: boardShapeUtils,
        bindingUtils: defaultBindingUtils,
        // Images go to WeSee's server; the board keeps only their addresses.
        assets: boardAssetStore(boardId, key),
      })
      cleanups.push(bindStoreToYjs(store, doc, undefined, divert))
      update({ store })
    }
    provider.on('sync', (synced: boolean) => {
      if (synced) startWhenReady()
    })
    void offlineCopy?.whenSynced.then(startWhenReady)

    const onStatus = ({ status }: { status: string }) => {
      if (status === 'connected') {
        if (offlineTimer) clearTimeout(offlineTimer)
        offlineTimer = null
        update({ connection: { kind: 'connected' } })
        return
      }
      // Keep a reason the server gave ("This board is full") while we try again.
      setSync((current) =>
        current.connection.kind === 'refused' ||
        current.connection.kind === 'offline' ||
        (current.connection.kind === 'reconnecting' && current.connection.code !== undefined)
          ? current
          : { ...current, connection: { kind: navigator.onLine ? 'reconnecting' : 'offline' } },
      )
      if (!offlineTimer) {
        offlineTimer = setTimeout(() => {
          setSync((current) =>
            current.connection.kind === 'reconnecting' && current.connection.code === undefined
              ? { ...current, connection: { kind: 'offline' } }
              : current,
          )
        }, offlineAfterMs)
      }
    }
    provider.on('status', onStatus)
    provider.on('connection-close', (event: CloseEvent | null) => {
      if (!event) return
      if (!shouldReconnectAfter(event.code)) update({ connection: { kind: 'refused', code: event.code } })
      // The server said why, and it is worth another try: say why while we wait.
      else if (isExplainedClose(event.code))
        update({ connection: { kind: 'reconnecting', code: event.code } })
    })
    const onOffline = () => update({ connection: { kind: 'offline' } })
    window.addEventListener('offline', onOffline)

    return () => {
      window.removeEventListener('offline', onOffline)
      if (offlineTimer) clearTimeout(offlineTimer)
      for (const cleanup of cleanups.splice(0).reverse()) cleanup()
      void offlineCopy?.destroy()
      close()
    }
  }, [boardId, key, token, divert])

  return sync
}
