import {
  englishErrorMessage,
  errorReasonCode,
  type ErrorCode,
  type ErrorProblem,
  type ErrorReason,
  type ErrorValues,
} from '@wesee/shared'

/**
 * A refusal from the board's own rules (a command, an import, a version),
 * with the reason a client says in the person's language
 * (`DomainError.because`); its code is always the reason's. Domain code
 * throws it and knows nothing of HTTP; the HTTP layer's error middleware
 * turns it into the `{"error": {code, reason, message, values}}` answer with
 * its status.
 */
export class DomainError extends Error {
  readonly code: ErrorCode

  /** `message` is the reason's English words unless more exact English is known. */
  constructor(
    readonly problem: ErrorProblem,
    message: string = englishErrorMessage(problem.reason, problem.values),
  ) {
    super(message)
    this.name = 'DomainError'
    this.code = errorReasonCode[problem.reason]
  }

  /**
   * The refusal for `reason`: its code, and its English words with `values`
   * filled in; `detail` (English, for logs and API users: which record of a
   * file is wrong) is added after them in brackets.
   */
  static because(reason: ErrorReason, values?: ErrorValues, detail?: string): DomainError {
    const words = englishErrorMessage(reason, values)
    return new DomainError(values ? { reason, values } : { reason }, detail ? `${words} (${detail})` : words)
  }

  /** Something a schema refused: the reason it gave, and its words. */
  static fromDecoded(failed: { message: string; problem: ErrorProblem }): DomainError {
    return new DomainError(failed.problem, failed.message)
  }
}
