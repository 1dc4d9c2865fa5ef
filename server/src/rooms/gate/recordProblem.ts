import { boardSchema, RefusalCode, validateRecord, type TLRecord } from '@wesee/shared'

/** Why a value may not be a record of a board or private doc: a code and a detail for the log. */
export interface RecordProblem {
  code: RefusalCode
  detail: string
}

/** Why a record a client wrote under `key` may not stay, or null when it may. */
export function recordProblem(key: string, value: unknown): RecordProblem | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { code: RefusalCode.NotARecord, detail: 'not an object' }
  }
  const record = value as TLRecord
  if (record.id !== key) return { code: RefusalCode.WrongKey, detail: 'its key and id differ' }
  const type = boardSchema.types[record.typeName as keyof typeof boardSchema.types]
  if (!type)
    return { code: RefusalCode.InvalidRecord, detail: `unknown record type ${String(record.typeName)}` }
  // Presence and per-browser state (camera, pointer) travel on awareness, never in the doc.
  if (type.scope !== 'document') {
    return { code: RefusalCode.NotBoardContent, detail: `${record.typeName} records do not belong in a doc` }
  }
  try {
    validateRecord(record)
  } catch (error) {
    return { code: RefusalCode.InvalidRecord, detail: error instanceof Error ? error.message : String(error) }
  }
  return null
}
