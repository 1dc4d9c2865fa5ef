import * as Y from 'yjs'
import { YKeyValue } from 'y-utility/y-keyvalue'
import {
  metaMapName,
  migrateStoredRecord,
  recordsArrayName,
  schemaMetaKey,
  serializedBoardSchema,
  type SerializedSchema,
  type TLRecord,
} from '@wesee/shared'

/** Origin of transactions the server makes itself (seeding, migrations). */
export const serverOrigin = Symbol('wesee-server')

// One YKeyValue per doc: each instance observes the array for the doc's
// whole life and rescans it on every update, so making one per call (per
// command) would leak observers and slow every edit down.
const recordMaps = new WeakMap<Y.Doc, YKeyValue<TLRecord>>()

/** The typed record map of a content doc (one per doc, made on first use). */
export function recordsOf(doc: Y.Doc): YKeyValue<TLRecord> {
  let records = recordMaps.get(doc)
  if (!records) {
    records = new YKeyValue<TLRecord>(doc.getArray(recordsArrayName))
    recordMaps.set(doc, records)
  }
  return records
}

/** Builds the first update of a new content doc: the given records and the schema. */
export function seedContentUpdate(records: readonly TLRecord[]): Uint8Array {
  const doc = new Y.Doc()
  const kv = recordsOf(doc)
  doc.transact(() => {
    for (const record of records) kv.set(record.id, record)
    doc.getMap(metaMapName).set(schemaMetaKey, serializedBoardSchema())
  }, serverOrigin)
  const update = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return update
}

/**
 * Brings every record of a loaded content doc up to the current tldraw schema,
 * in one transaction, and records the new schema. Does nothing when the doc
 * is already current. Returns how many records changed.
 */
export function migrateContentDoc(doc: Y.Doc): number {
  const meta = doc.getMap(metaMapName)
  const stored = meta.get(schemaMetaKey) as SerializedSchema | undefined
  const current = serializedBoardSchema()
  if (stored && JSON.stringify(stored) === JSON.stringify(current)) return 0
  const kv = recordsOf(doc)
  let changed = 0
  doc.transact(() => {
    if (stored) {
      for (const { key, val } of kv.yarray.toArray()) {
        const result = migrateStoredRecord(val, stored)
        if (!result.ok) {
          console.warn(`[wesee] could not migrate record ${key}: ${result.reason}`)
          continue
        }
        if (JSON.stringify(result.record) !== JSON.stringify(val)) {
          kv.set(key, result.record)
          changed++
        }
      }
    }
    meta.set(schemaMetaKey, current)
  }, serverOrigin)
  return changed
}
