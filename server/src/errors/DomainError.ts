import { ErrorCode } from '@wesee/shared'

/**
 * A refusal from the board's own rules (a command, an import, a version):
 * an ErrorCode from `shared` and a message a person can act on. Domain code
 * throws it and knows nothing of HTTP; the HTTP layer's error middleware
 * turns it into the `{"error": {code, message}}` answer with its status.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'DomainError'
  }

  static badRequest(message: string): DomainError {
    return new DomainError(ErrorCode.BadRequest, message)
  }
  static unauthorized(message = 'This link is not right. Ask the facilitator for a new one.'): DomainError {
    return new DomainError(ErrorCode.Unauthorized, message)
  }
  static forbidden(message = 'Only the facilitator can do that.'): DomainError {
    return new DomainError(ErrorCode.Forbidden, message)
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
