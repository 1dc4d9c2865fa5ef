import * as Y from 'yjs'
import {
  controlStateMapName,
  metaMapName,
  migrateStoredRecord,
  participantsMapName,
  schemaMetaKey,
  serializedBoardSchema,
  type SerializedSchema,
  type TLRecord,
} from '@wesee/shared'
import { recordsOf, serverOrigin } from '../rooms/contentDoc.ts'

/**
 * Versions are stored as compact Yjs state updates: a fresh doc holding
 * only what the board has now (its records and schema, or its control
 * sections and people), so a version carries none of the edit history
 * that the live doc keeps.
 */

/** The current records and schema of a content doc, as one compact update. */
export function snapshotContent(doc: Y.Doc): Uint8Array {
  const records = [...recordsOf(doc).map.values()].map(({ val }) => val)
  const schema = doc.getMap(metaMapName).get(schemaMetaKey) as SerializedSchema | undefined
  return contentUpdate(records, schema ?? serializedBoardSchema())
}

/** A compact content update from records (for backups and copies). */
export function contentUpdate(records: readonly TLRecord[], schema: SerializedSchema): Uint8Array {
  const fresh = new Y.Doc()
  const kv = recordsOf(fresh)
  fresh.transact(() => {
    for (const record of records) kv.set(record.id, record)
    fresh.getMap(metaMapName).set(schemaMetaKey, schema)
  }, serverOrigin)
  const update = Y.encodeStateAsUpdate(fresh)
  fresh.destroy()
  return update
}

/** The control doc's sections and people, as one compact update. */
export function snapshotControl(doc: Y.Doc): Uint8Array {
  return controlUpdate(
    doc.getMap(controlStateMapName).toJSON() as Record<string, unknown>,
    doc.getMap(participantsMapName).toJSON() as Record<string, unknown>,
  )
}

/** A compact control update from sections and people (for backups and copies). */
export function controlUpdate(
  state: Record<string, unknown>,
  participants: Record<string, unknown>,
): Uint8Array {
  const fresh = new Y.Doc()
  fresh.transact(() => {
    const stateMap = fresh.getMap(controlStateMapName)
    for (const [section, value] of Object.entries(state)) stateMap.set(section, value)
    const people = fresh.getMap(participantsMapName)
    for (const [id, profile] of Object.entries(participants)) people.set(id, profile)
  }, serverOrigin)
  const update = Y.encodeStateAsUpdate(fresh)
  fresh.destroy()
  return update
}

/**
 * The records of a stored content version, brought up to the current tldraw
 * schema (a version may be older than the running tldraw). Records that
 * cannot be migrated are left out and named in `skipped`.
 */
export function readContentVersion(update: Uint8Array): { records: TLRecord[]; skipped: string[] } {
  const doc = new Y.Doc()
  try {
    Y.applyUpdate(doc, update)
    const stored = doc.getMap(metaMapName).get(schemaMetaKey) as SerializedSchema | undefined
    const records: TLRecord[] = []
    const skipped: string[] = []
    for (const { key, val } of recordsOf(doc).map.values()) {
      if (!stored) {
        records.push(val)
        continue
      }
      const migrated = migrateStoredRecord(val, stored)
      if (migrated.ok) records.push(migrated.record)
      else skipped.push(key)
    }
    records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    return { records, skipped }
  } finally {
    doc.destroy()
  }
}

/** The sections and people of a stored control version. */
export function readControlVersion(update: Uint8Array): {
  state: Record<string, unknown>
  participants: Record<string, unknown>
} {
  const doc = new Y.Doc()
  try {
    Y.applyUpdate(doc, update)
    return {
      state: doc.getMap(controlStateMapName).toJSON() as Record<string, unknown>,
      participants: doc.getMap(participantsMapName).toJSON() as Record<string, unknown>,
    }
  } finally {
    doc.destroy()
  }
}
