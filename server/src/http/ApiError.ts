import {
  englishErrorMessage,
  ErrorCode,
  errorReasonCode,
  errorStatus,
  type ApiErrorBody,
  type ErrorProblem,
  type ErrorReason,
  type ErrorValues,
} from '@wesee/shared'

/**
 * An error with a code from `shared`, and where the server knows exactly why,
 * a reason a client can say in the person's language (`ApiError.because`).
 * Routes throw it; the error middleware turns it into the JSON response.
 */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly problem?: ErrorProblem,
  ) {
    super(message)
  }

  /** The refusal for `reason`: its code, and its English words with `values` filled in. */
  static because(reason: ErrorReason, values?: ErrorValues): ApiError {
    return new ApiError(errorReasonCode[reason], englishErrorMessage(reason, values), { reason, values })
  }

  /** A body a schema refused: its reason when the schema gave one, else a plain 400. */
  static fromDecoded(failed: { message: string; problem?: ErrorProblem }): ApiError {
    const { problem } = failed
    return problem
      ? new ApiError(errorReasonCode[problem.reason], failed.message, problem)
      : new ApiError(ErrorCode.BadRequest, failed.message)
  }

  get status(): number {
    return errorStatus[this.code]
  }

  toBody(): ApiErrorBody {
    const { reason, values } = this.problem ?? {}
    return {
      error: {
        code: this.code,
        ...(reason ? { reason } : {}),
        message: this.message,
        ...(values && Object.keys(values).length > 0 ? { values } : {}),
      },
    }
  }

  static badRequest(message: string): ApiError {
    return new ApiError(ErrorCode.BadRequest, message)
  }
  static unauthorized(message?: string): ApiError {
    return message ? new ApiError(ErrorCode.Unauthorized, message) : ApiError.because('wrong_key')
  }
  static forbidden(message?: string): ApiError {
    return message ? new ApiError(ErrorCode.Forbidden, message) : ApiError.because('only_facilitator')
  }
  static notFound(message?: string): ApiError {
    return message ? new ApiError(ErrorCode.NotFound, message) : ApiError.because('board_not_found')
  }
  static conflict(message: string): ApiError {
    return new ApiError(ErrorCode.Conflict, message)
  }
  static tooMany(message = 'Too many tries. Please wait a minute and try again.'): ApiError {
    return new ApiError(ErrorCode.TooMany, message)
  }
}
