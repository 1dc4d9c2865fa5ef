import type * as Y from 'yjs'
import {
  boardSchema,
  metaMapName,
  schemaMetaKey,
  serializedBoardSchema,
  validateRecord,
  type TLRecord,
} from '@wesee/shared'
import { recordsOf, serverOrigin } from './contentDoc.ts'

/** True when a transaction came from a client connection (rooms apply client updates with it as origin). */
function fromClient(transaction: Y.Transaction): boolean {
  const origin = transaction.origin as { canWrite?: unknown } | null
  return typeof origin === 'object' && origin !== null && typeof origin.canWrite === 'function'
}

/** Why a record a client wrote may not stay, or null when it may. */
export function recordProblem(key: string, value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'not an object'
  const record = value as TLRecord
  if (record.id !== key) return 'its key and id differ'
  const type = boardSchema.types[record.typeName as keyof typeof boardSchema.types]
  if (!type) return `unknown record type ${String(record.typeName)}`
  // Presence and per-browser state travel on awareness, never in the doc.
  if (type.scope !== 'document') return `${record.typeName} records do not belong in the board`
  try {
    validateRecord(record)
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
  return null
}

/**
 * The server never trusts the wire: after each client change to a content
 * doc, records tldraw's schema refuses (or that are not board records at
 * all) are removed again by the server, and the stored schema is put back if
 * a client changed it. Clients already skip records they cannot read; this
 * keeps them out of storage, exports and summaries too.
 */
export function guardContentDoc(doc: Y.Doc): void {
  const records = recordsOf(doc)
  records.on('change', (changes: Map<string, { action: string }>, transaction: Y.Transaction) => {
    if (!fromClient(transaction)) return
    const refused: string[] = []
    changes.forEach((change, key) => {
      if (change.action === 'delete') return
      const problem = recordProblem(key, records.get(key))
      if (problem) refused.push(key)
    })
    if (refused.length === 0) return
    // After the client's transaction has finished (and been stored), in one server transaction.
    queueMicrotask(() => {
      doc.transact(() => {
        for (const key of refused) if (recordProblem(key, records.get(key))) records.delete(key)
      }, serverOrigin)
    })
  })
  const meta = doc.getMap(metaMapName)
  meta.observe((event, transaction) => {
    if (!fromClient(transaction) || !event.keysChanged.has(schemaMetaKey)) return
    queueMicrotask(() => doc.transact(() => meta.set(schemaMetaKey, serializedBoardSchema()), serverOrigin))
  })
}
