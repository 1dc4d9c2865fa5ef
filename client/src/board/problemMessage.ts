import { ErrorCode } from '@wesee/shared'
import { ApiRequestError } from '../api/apiClient.ts'
import { text } from '../text.ts'

/**
 * What a page says when a board cannot be opened. A key the board no longer
 * knows (the facilitator made a new link) says so in the same words as a
 * refused connection, whichever way the person finds out.
 */
export function problemMessage(error: unknown): string {
  if (!(error instanceof ApiRequestError)) return text.errors.generic
  return error.code === ErrorCode.Unauthorized ? text.status.wrongKey : error.message
}
