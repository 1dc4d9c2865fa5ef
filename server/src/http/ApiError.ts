import { ErrorCode, errorStatus, type ApiErrorBody } from '@wesee/shared'

/**
 * An error with a code from `shared` and a message a facilitator can act on.
 * Routes throw it; the error middleware turns it into the JSON response.
 */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
  }

  get status(): number {
    return errorStatus[this.code]
  }

  toBody(): ApiErrorBody {
    return { error: { code: this.code, message: this.message } }
  }

  static badRequest(message: string): ApiError {
    return new ApiError(ErrorCode.BadRequest, message)
  }
  static unauthorized(message = 'This link is not right. Ask the facilitator for a new one.'): ApiError {
    return new ApiError(ErrorCode.Unauthorized, message)
  }
  static forbidden(message = 'Only the facilitator can do that.'): ApiError {
    return new ApiError(ErrorCode.Forbidden, message)
  }
  static notFound(message = 'We could not find that board. Check the link.'): ApiError {
    return new ApiError(ErrorCode.NotFound, message)
  }
  static conflict(message: string): ApiError {
    return new ApiError(ErrorCode.Conflict, message)
  }
  static tooMany(message = 'Too many tries. Please wait a minute and try again.'): ApiError {
    return new ApiError(ErrorCode.TooMany, message)
  }
}
