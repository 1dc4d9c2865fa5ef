import {
  boardSchema,
  migrateStoredRecord,
  validateRecord,
  type SerializedSchema,
  type TLRecord,
} from '@wesee/shared'
import type { DomainError } from '../errors/DomainError.ts'

/**
 * Checks the records of a backup (or of one version in it) as a tldraw
 * board: every record a known document record (no session state, no
 * record types this WeSee does not know), migrated from the file's tldraw
 * schema to ours and then valid against it; ids unique; exactly one
 * document record and at least one page; every shape's parent and every
 * binding's ends present. Text stays text: nothing in a record is ever
 * run, only stored and shown escaped. Throws `refusal(detail)` (the board's or
 * one version's reason; `detail` says what is wrong, in English, for logs
 * and API users); returns the migrated records.
 */
export function checkBackupRecords(
  records: readonly unknown[],
  schema: unknown,
  refusal: (detail: string) => DomainError,
): TLRecord[] {
  const fail = (detail: string): never => {
    throw refusal(detail)
  }
  const checked: TLRecord[] = []
  const ids = new Set<string>()
  for (const raw of records) {
    const { id, typeName } = raw as { id: string; typeName: string }
    const type = (boardSchema.types as Record<string, { scope: string } | undefined>)[typeName]
    if (!Object.hasOwn(boardSchema.types, typeName) || !type) {
      fail(`it has a kind of thing WeSee does not know ("${short(typeName)}").`)
    }
    if (type!.scope !== 'document') fail(`it has "${short(typeName)}", which is not part of a board.`)
    if (!id.startsWith(`${typeName}:`)) fail(`the id "${short(id)}" does not match its kind.`)
    if (ids.has(id)) fail(`"${short(id)}" is in it twice.`)
    ids.add(id)
    const migrated = migrateStoredRecord(raw as TLRecord, schema as SerializedSchema)
    if (!migrated.ok) fail(`"${short(id)}" comes from a tldraw this WeSee cannot read.`)
    const record = (migrated as { ok: true; record: TLRecord }).record
    try {
      validateRecord(record)
    } catch (error) {
      fail(
        `"${short(id)}" is not right (${short(error instanceof Error ? error.message : String(error), 120)}).`,
      )
    }
    checked.push(record)
  }
  const documents = checked.filter((record) => record.typeName === 'document')
  if (documents.length !== 1) fail('a board needs exactly one document record.')
  if (!checked.some((record) => record.typeName === 'page')) fail('a board needs at least one page.')
  for (const record of checked) {
    if (record.typeName === 'shape' && !ids.has(record.parentId)) {
      fail(`"${short(record.id)}" sits on something that is not in the file.`)
    }
    if (record.typeName === 'binding' && (!ids.has(record.fromId) || !ids.has(record.toId))) {
      fail(`"${short(record.id)}" joins things that are not in the file.`)
    }
  }
  return checked
}

function short(value: string, length = 60): string {
  const oneLine = value.replace(/\s+/g, ' ')
  return oneLine.length > length ? `${oneLine.slice(0, length)}…` : oneLine
}
