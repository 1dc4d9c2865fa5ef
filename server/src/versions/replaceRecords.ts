import type * as Y from 'yjs'
import type { TLRecord } from '@wesee/shared'
import { recordsOf, serverOrigin } from '../rooms/contentDoc.ts'

/**
 * Makes a live content doc hold exactly `records`, in one server
 * transaction: records not in the target are deleted, changed or missing
 * ones are set, identical ones are left alone. The Room stores the
 * transaction's one update and broadcasts it, so everyone connected sees
 * the board change at once, and their own offline edits still merge
 * afterwards the usual Yjs way. Returns how many records changed.
 */
export function replaceRecords(doc: Y.Doc, records: readonly TLRecord[]): number {
  const kv = recordsOf(doc)
  const target = new Map(records.map((record) => [record.id as string, record]))
  let changed = 0
  doc.transact(() => {
    for (const key of [...kv.map.keys()]) {
      if (!target.has(key)) {
        kv.delete(key)
        changed++
      }
    }
    for (const [key, record] of target) {
      const current = kv.get(key)
      if (current !== undefined && JSON.stringify(current) === JSON.stringify(record)) continue
      kv.set(key, record)
      changed++
    }
  }, serverOrigin)
  return changed
}
