import {
  createTLSchema,
  defaultShapeSchemas,
  DocumentRecordType,
  PageRecordType,
  TLDOCUMENT_ID,
  type TLRecord,
} from '@tldraw/tlschema'
import type { SerializedSchema } from '@tldraw/store'
import {
  pictureNoteShapeMigrations,
  pictureNoteShapeProps,
  pictureNoteShapeType,
} from './shapes/pictureNote.ts'

/**
 * The Yjs layout of a board's content doc (DESIGN.md, "Board data"):
 * tldraw records in `new YKeyValue(doc.getArray(recordsArrayName))`, keyed by
 * record id, and the schema they were written with in
 * `doc.getMap(metaMapName).get(schemaMetaKey)`.
 */
export const recordsArrayName = 'records'
export const metaMapName = 'meta'
export const schemaMetaKey = 'schema'

/** The id of the one page every new board starts with. */
export const firstPageId = PageRecordType.createId('page')

/**
 * The tldraw schema WeSee reads and writes: tldraw's default shapes and
 * bindings, and WeSee's own shapes (the picture note). The client registers
 * the same shapes (ShapeUtils built on the same props and migrations).
 */
export const boardSchema = createTLSchema({
  shapes: {
    ...defaultShapeSchemas,
    [pictureNoteShapeType]: { props: pictureNoteShapeProps, migrations: pictureNoteShapeMigrations },
  },
})

/** The current schema in its serialized form, as stored in `meta`. */
export function serializedBoardSchema(): SerializedSchema {
  return boardSchema.serialize()
}

/**
 * The records a brand-new board starts with: tldraw's document record and one
 * page. The server writes these when it creates the board, so clients never
 * race to seed an empty doc.
 */
export function createBaseRecords(): TLRecord[] {
  return [
    DocumentRecordType.create({ id: TLDOCUMENT_ID }),
    PageRecordType.create({ id: firstPageId, name: 'Board', index: 'a1' as never, meta: {} }),
  ]
}

/** Outcome of bringing a stored record up to the current schema. */
export type MigrateRecordResult = { ok: true; record: TLRecord } | { ok: false; reason: string }

/**
 * Migrates a record written with `storedSchema` to the current schema. The
 * server runs this when it loads a doc, never a client.
 */
export function migrateStoredRecord(record: TLRecord, storedSchema: SerializedSchema): MigrateRecordResult {
  const result = boardSchema.migratePersistedRecord(record, storedSchema, 'up')
  if (result.type === 'success') return { ok: true, record: result.value as TLRecord }
  return { ok: false, reason: String(result.reason) }
}

/** Checks a record against the current tldraw schema; throws when invalid. */
export function validateRecord(record: TLRecord): void {
  const type = boardSchema.types[record.typeName as keyof typeof boardSchema.types]
  if (!type) throw new Error(`Unknown record type ${record.typeName}`)
  type.validate(record)
}
