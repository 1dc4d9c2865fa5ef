import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { syncConnectionOptions } from './syncConnectionOptions.ts'
import { syncUrl } from './syncUrl.ts'

/** One of the board's docs, open and kept in sync with the server. */
export interface SyncedDoc {
  doc: Y.Doc
  provider: WebsocketProvider
  /** Disconnects and frees the doc. */
  close(): void
}

/**
 * Opens one of a board's docs (content, control, a private doc) the one way
 * WeSee does: its own Y.Doc, the server's sync address, the key and token as
 * `syncConnectionOptions` sends them. Only the board's content doc carries
 * presence; on the others this screen's awareness stays empty, so nothing
 * about it is sent there.
 */
export function openSyncedDoc(
  docName: string,
  key: string,
  token: string | null,
  { presence = false }: { presence?: boolean } = {},
): SyncedDoc {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(syncUrl(), docName, doc, syncConnectionOptions(key, token))
  if (!presence) provider.awareness.setLocalState(null)
  return {
    doc,
    provider,
    close() {
      provider.destroy()
      doc.destroy()
    },
  }
}
