import * as Y from 'yjs'
import {
  metaMapName,
  migrateStoredRecord,
  recordsArrayName,
  schemaMetaKey,
  serializedBoardSchema,
  type SerializedSchema,
  type TLRecord,
} from '@wesee/shared'
import { isRecordEntry, RecordMap } from './RecordMap.ts'
import { logger } from '../logging/logger.ts'

/** Origin of transactions the server makes itself (seeding, migrations). */
export const serverOrigin = Symbol('wesee-server')

// One RecordMap per doc: each instance observes the array for the doc's
// whole life and rescans it on every update, so making one per call (per
// command) would leak observers and slow every edit down.
const recordMaps = new WeakMap<Y.Doc, RecordMap<TLRecord>>()

/**
 * The record map of a content or private doc (one per doc, made on first
 * use). Its `map` holds only `{ key, val }` entries whose `val` is an object;
 * that object is a valid record once the sync gate has run, but readers of
 * docs loaded from old storage should still check what they use.
 */
export function recordsOf(doc: Y.Doc): RecordMap<TLRecord> {
  let records = recordMaps.get(doc)
  if (!records) {
    records = new RecordMap<TLRecord>(doc.getArray(recordsArrayName))
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
      for (const entry of kv.yarray.toArray()) {
        // Junk written before the sync gate existed is removed right after (SyncGate.sanitise).
        if (!isRecordEntry(entry)) continue
        const { key } = entry
        const val = entry.val as TLRecord
        let result: ReturnType<typeof migrateStoredRecord>
        try {
          result = migrateStoredRecord(val, stored)
        } catch (error) {
          result = { ok: false, reason: error instanceof Error ? error.message : String(error) }
        }
        if (!result.ok) {
          logger.warn({ record: key, reason: result.reason }, 'could not migrate a record')
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
