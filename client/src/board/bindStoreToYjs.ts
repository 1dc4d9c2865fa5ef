import { YKeyValue } from 'y-utility/y-keyvalue'
import type * as Y from 'yjs'
import type { TLRecord, TLStore } from 'tldraw'
import { recordsArrayName } from '@wesee/shared'
import { batchedRecordWriter } from './batchedRecordWriter.ts'

/** Origin of this browser's own Yjs transactions. */
const localOrigin = Symbol('wesee-local')

/**
 * Keeps a tldraw store and a board's content doc in step, the way the
 * tldraw-yjs example does, with two differences: the server has already
 * seeded and migrated the doc (so we only load it), and local changes are
 * batched and written at most every `flushEveryMs`, so dragging or drawing
 * sends a handful of updates a second instead of one per pointer move.
 *
 * Returns a function that undoes every subscription and flushes what is
 * still pending.
 */
export function bindStoreToYjs(
  store: TLStore,
  doc: Y.Doc,
  flushEveryMs = 100,
  /**
   * Lets another doc take some local changes (private notes): called for
   * each one with whether this doc already holds the record; when it returns
   * true the change is never written here.
   */
  divert?: (id: TLRecord['id'], record: TLRecord | null, inDoc: boolean) => boolean,
): () => void {
  const records = new YKeyValue<TLRecord>(doc.getArray(recordsArrayName))
  const unsubscribes: Array<() => void> = []

  // 1. Load what the doc holds now.
  putRemote(
    store,
    [...records.map.values()].map((entry) => entry.val),
    [],
  )

  // 2. Local changes → Yjs, batched.
  const writer = batchedRecordWriter(doc, records, localOrigin, flushEveryMs)
  unsubscribes.push(
    store.listen(
      ({ changes }) => {
        const take = (id: TLRecord['id'], record: TLRecord | null) => {
          if (divert?.(id, record, records.has(id))) writer.forget(id)
          else writer.write(id, record)
        }
        for (const record of Object.values(changes.added)) take(record.id, record)
        for (const [, record] of Object.values(changes.updated)) take(record.id, record)
        for (const record of Object.values(changes.removed)) take(record.id, null)
      },
      { source: 'user', scope: 'document' },
    ),
  )
  unsubscribes.push(writer.dispose)

  // 3. Remote changes → the store, as remote changes (not undoable, not re-sent).
  const onChange = (
    changes: Map<string, { action: 'add' | 'update' | 'delete' }>,
    transaction: Y.Transaction,
  ) => {
    if (transaction.origin === localOrigin) return
    const { toPut, toRemove } = readRemoteChanges(changes, records)
    putRemote(store, toPut, toRemove)
  }
  records.on('change', onChange)
  unsubscribes.push(() => records.off('change', onChange))

  return () => {
    for (const unsubscribe of unsubscribes.splice(0).reverse()) unsubscribe()
  }
}

/** Sorts a YKeyValue change set into the records to put and the ids to remove. */
export function readRemoteChanges(
  changes: Map<string, { action: 'add' | 'update' | 'delete' }>,
  records: YKeyValue<TLRecord>,
): { toPut: TLRecord[]; toRemove: TLRecord['id'][] } {
  const toPut: TLRecord[] = []
  const toRemove: TLRecord['id'][] = []
  changes.forEach((change, id) => {
    if (change.action === 'delete') {
      toRemove.push(id as TLRecord['id'])
    } else {
      const record = records.get(id)
      if (record) toPut.push(record)
    }
  })
  return { toPut, toRemove }
}

/**
 * Applies remote records. A record that fails tldraw's validation (a bad
 * client, or a newer schema) is skipped rather than breaking the whole board.
 */
export function putRemote(store: TLStore, toPut: TLRecord[], toRemove: TLRecord['id'][]): void {
  store.mergeRemoteChanges(() => {
    const present = toRemove.filter((id) => store.has(id))
    if (present.length > 0) store.remove(present)
    if (toPut.length === 0) return
    try {
      store.put(toPut)
    } catch {
      for (const record of toPut) {
        try {
          store.put([record])
        } catch (error) {
          console.warn(`WeSee skipped a record it could not read: ${record.id}`, error)
        }
      }
    }
  })
}
