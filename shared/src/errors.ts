import { readErrorValues, type ErrorReason, type ErrorValues } from './errorReasons.ts'

/**
 * Error codes of the HTTP API. Every error response has the shape
 * `{"error": {"code": ErrorCode, "reason"?: ErrorReason, "message": string, "values"?: {...}}}`
 * and the status below. The code is coarse (what kind of refusal); the
 * reason, when the server has one, says exactly why (errorReasons.ts).
 */
export const ErrorCode = {
  BadRequest: 'bad_request',
  InvalidJson: 'invalid_json',
  Unauthorized: 'unauthorized',
  Forbidden: 'forbidden',
  NotFound: 'not_found',
  Conflict: 'conflict',
  TooLarge: 'too_large',
  /** A body that is not JSON sent to a JSON route (e.g. a cross-site `text/plain` form). */
  UnsupportedMediaType: 'unsupported_media_type',
  TooMany: 'too_many',
  /** The disk under the data folder is nearly full, so nothing new (a board) can be made. */
  OutOfSpace: 'out_of_space',
  /** Not now, through no fault of the request: try again in a moment (Retry-After says when). */
  Unavailable: 'unavailable',
  ServerError: 'server_error',
} as const

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode]

/** A code's name (`TooMany`): the client catalogue's key for its words (`errors.codes.TooMany`). */
export type ErrorCodeName = keyof typeof ErrorCode

/** The name of a code this version of WeSee knows, or null. */
export function errorCodeName(code: string): ErrorCodeName | null {
  const found = (Object.keys(ErrorCode) as ErrorCodeName[]).find((name) => ErrorCode[name] === code)
  return found ?? null
}

/** The HTTP status each error code is sent with. */
export const errorStatus: Record<ErrorCode, number> = {
  bad_request: 400,
  invalid_json: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported_media_type: 415,
  too_many: 429,
  out_of_space: 507,
  unavailable: 503,
  server_error: 500,
}

/** The JSON body of every error response. */
export interface ApiErrorBody {
  error: {
    code: ErrorCode
    /** Exactly why; absent when the server has no more to say than the code. */
    reason?: ErrorReason
    /** The English words, for logs and API users; a screen says the reason in its own language. */
    message: string
    /** Values the reason's words fill in (`{{max}}`). */
    values?: ErrorValues
  }
}

/** An error answer as a client reads it: a reason it does not know is kept as a plain string. */
export interface ReceivedApiError {
  code: string
  reason: string | null
  message: string
  values: ErrorValues
}

/** Type guard for an error body received from the API. */
export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false
  const error = (value as { error: unknown }).error
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { message?: unknown }).message === 'string'
  )
}

/**
 * Reads an error answer, whatever the server sent: null unless it has a
 * string code and message; a missing or malformed reason or values is
 * dropped rather than refusing the whole answer, so an older or newer
 * server's answer still reads.
 */
export function readApiError(value: unknown): ReceivedApiError | null {
  if (!isApiErrorBody(value)) return null
  const error = value.error as Record<string, unknown> & { code: string; message: string }
  // A reason is a short snake_case name; anything else is not one.
  const reason =
    typeof error.reason === 'string' && /^[a-z][a-z0-9_]{0,79}$/.test(error.reason) ? error.reason : null
  return {
    code: error.code,
    reason,
    message: error.message,
    values: readErrorValues(error.values) ?? {},
  }
}
