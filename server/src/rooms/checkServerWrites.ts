import { validateRecord, type ErrorReason, type TLRecord } from '@wesee/shared'
import { DomainError } from '../errors/DomainError.ts'
import { logger } from '../logging/logger.ts'

/**
 * Checks records the server is about to write to a board against tldraw's
 * schema, before any is written. The server's own writes skip the sync gate,
 * and one invalid record would stop every browser loading the board; so a
 * write built from something a participant shaped (a frame's children, a
 * private note) is refused whole instead, and nothing is lost.
 */
export function checkServerWrites(records: readonly TLRecord[], whatFailed: ErrorReason): void {
  for (const record of records) {
    try {
      validateRecord(record)
    } catch (error) {
      logger.warn({ err: error, record: record.id }, 'refused a server write')
      throw DomainError.because(whatFailed)
    }
  }
}
