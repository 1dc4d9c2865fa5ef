import {
  englishErrorMessage,
  errorReasonCode,
  errorStatus,
  type ApiErrorBody,
  type ErrorCode,
  type ErrorProblem,
  type ErrorReason,
  type ErrorValues,
} from '@wesee/shared'

/**
 * A refusal with a reason a client can say in the person's language
 * (`ApiError.because`); its code (and so its status) is always the reason's.
 * Every refusal has one: there is no way to make one from words alone
 * (everyErrorHasAReason.test.ts). Routes throw it; the error middleware turns
 * it into the JSON response.
 */
export class ApiError extends Error {
  readonly code: ErrorCode

  /** `message` is the reason's English words unless more exact English is known (a schema's own words). */
  constructor(
    readonly problem: ErrorProblem,
    message: string = englishErrorMessage(problem.reason, problem.values),
  ) {
    super(message)
    this.code = errorReasonCode[problem.reason]
  }

  /** The refusal for `reason`: its code, and its English words with `values` filled in. */
  static because(reason: ErrorReason, values?: ErrorValues): ApiError {
    return new ApiError(values ? { reason, values } : { reason })
  }

  /** A body a schema refused: the reason it gave, and its words. */
  static fromDecoded(failed: { message: string; problem: ErrorProblem }): ApiError {
    return new ApiError(failed.problem, failed.message)
  }

  /** A refusal from the board's rules (a DomainError): the same reason and words. */
  static fromDomain(refusal: { message: string; problem: ErrorProblem }): ApiError {
    return new ApiError(refusal.problem, refusal.message)
  }

  get status(): number {
    return errorStatus[this.code]
  }

  toBody(): ApiErrorBody {
    const { reason, values } = this.problem
    return {
      error: {
        code: this.code,
        reason,
        message: this.message,
        ...(values && Object.keys(values).length > 0 ? { values } : {}),
      },
    }
  }
}
