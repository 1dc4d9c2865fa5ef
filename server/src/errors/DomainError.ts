import {
  englishErrorMessage,
  ErrorCode,
  errorReasonCode,
  type ErrorProblem,
  type ErrorReason,
  type ErrorValues,
} from '@wesee/shared'

/**
 * A refusal from the board's own rules (a command, an import, a version):
 * an ErrorCode from `shared`, a message a person can act on, and where the
 * rule knows exactly why, a reason a client says in the person's language
 * (`DomainError.because`). Domain code throws it and knows nothing of HTTP;
 * the HTTP layer's error middleware turns it into the
 * `{"error": {code, reason, message, values}}` answer with its status.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly problem?: ErrorProblem,
  ) {
    super(message)
    this.name = 'DomainError'
  }

  /** The refusal for `reason`: its code, and its English words with `values` filled in. */
  static because(reason: ErrorReason, values?: ErrorValues): DomainError {
    return new DomainError(errorReasonCode[reason], englishErrorMessage(reason, values), { reason, values })
  }

  /** Something a schema refused: its reason when the schema gave one, else a plain bad request. */
  static fromDecoded(failed: { message: string; problem?: ErrorProblem }): DomainError {
    const { problem } = failed
    return problem
      ? new DomainError(errorReasonCode[problem.reason], failed.message, problem)
      : new DomainError(ErrorCode.BadRequest, failed.message)
  }

  static badRequest(message: string): DomainError {
    return new DomainError(ErrorCode.BadRequest, message)
  }
  static unauthorized(message?: string): DomainError {
    return message ? new DomainError(ErrorCode.Unauthorized, message) : DomainError.because('wrong_key')
  }
  static forbidden(message?: string): DomainError {
    return message ? new DomainError(ErrorCode.Forbidden, message) : DomainError.because('only_facilitator')
  }
  static notFound(message: string): DomainError {
    return new DomainError(ErrorCode.NotFound, message)
  }
  static conflict(message: string): DomainError {
    return new DomainError(ErrorCode.Conflict, message)
  }
  static tooLarge(message: string): DomainError {
    return new DomainError(ErrorCode.TooLarge, message)
  }
  static tooMany(message: string): DomainError {
    return new DomainError(ErrorCode.TooMany, message)
  }
}
