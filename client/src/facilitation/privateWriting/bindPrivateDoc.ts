import type { TLRecord, TLStore } from 'tldraw'
import { YKeyValue } from 'y-utility/y-keyvalue'
import type * as Y from 'yjs'
import { recordsArrayName } from '@wesee/shared'
import type { PrivateNoteRouter } from './PrivateNoteRouter.ts'
import { putRemote, readRemoteChanges } from '../../board/bindStoreToYjs.ts'
import { batchedRecordWriter } from '../../board/batchedRecordWriter.ts'

/** Origin of this browser's own writes to the private doc. */
const localOrigin = Symbol('wesee-private-local')

/**
 * Keeps this person's private doc and the tldraw store in step, for the
 * records the router says are private: they are drawn on this person's
 * canvas like any other shape, but written only to the private doc. Local
 * writes go through the board's batching writer (a few a second while typing).
 * Returns a function that undoes it all and flushes what is pending.
 */
export function bindPrivateDoc(
  store: TLStore,
  doc: Y.Doc,
  router: PrivateNoteRouter,
  flushEveryMs = 100,
): () => void {
  const records = new YKeyValue<TLRecord>(doc.getArray(recordsArrayName))
  const unsubscribes: Array<() => void> = []

  // 1. What the private doc holds now.
  router.adopt(records.map.keys())
  putRemote(
    store,
    [...records.map.values()].map((entry) => entry.val),
    [],
  )

  // 2. Private local changes → the private doc, batched like the board's.
  const writer = batchedRecordWriter(doc, records, localOrigin, flushEveryMs)
  unsubscribes.push(router.connect(store, writer))
  unsubscribes.push(writer.dispose)

  // 3. Changes from the server (a share moved them to the board) or my other tabs → the store.
  const onChange = (
    changes: Map<string, { action: 'add' | 'update' | 'delete' }>,
    transaction: Y.Transaction,
  ) => {
    if (transaction.origin === localOrigin) return
    const { toPut, toRemove } = readRemoteChanges(changes, records)
    router.adopt(toPut.map((record) => record.id))
    putRemote(store, toPut, toRemove)
  }
  records.on('change', onChange)
  unsubscribes.push(() => records.off('change', onChange))

  return () => {
    for (const unsubscribe of unsubscribes.splice(0).reverse()) unsubscribe()
  }
}
