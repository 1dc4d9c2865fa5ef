/**
 * Error codes of the HTTP API. Every error response has the shape
 * `{"error": {"code": ErrorCode, "message": string}}` and the status below.
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
  ServerError: 'server_error',
} as const

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode]

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
  server_error: 500,
}

/** The JSON body of every error response. */
export interface ApiErrorBody {
  error: { code: ErrorCode; message: string }
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
