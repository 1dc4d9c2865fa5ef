import type { ErrorRequestHandler, RequestHandler } from 'express'
import { ErrorCode } from '@wesee/shared'
import { DomainError } from '../errors/DomainError.ts'
import { ApiError } from './ApiError.ts'
import { requestLog } from '../logging/requestLog.ts'

/** 404 for any `/api` path no route handles. */
export const unknownApiRoute: RequestHandler = (_req, _res, next) => {
  next(new ApiError(ErrorCode.NotFound, 'There is nothing at this address.'))
}

interface BodyParserError {
  type?: string
  status?: number
}

/**
 * Turns every error into the `{"error": {code, message}}` shape. Body-parser
 * errors (bad JSON, too big) become 400 and 413; anything unexpected is
 * logged and answered with a calm 500 that tells people their work is safe.
 */
export const errorMiddleware: ErrorRequestHandler = (error: unknown, req, res, next) => {
  if (res.headersSent) {
    next(error)
    return
  }
  const apiError = toApiError(error)
  if (apiError.code === ErrorCode.ServerError) {
    requestLog(req).error({ err: error }, 'the request failed')
  }
  res.status(apiError.status).json(apiError.toBody())
}

function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  // The board's own rules refused something: same code, same words.
  if (error instanceof DomainError) return new ApiError(error.code, error.message)
  const parserError = error as BodyParserError
  if (parserError?.type === 'entity.parse.failed') {
    return new ApiError(ErrorCode.InvalidJson, 'We could not read that. Send the details as JSON.')
  }
  if (parserError?.type === 'entity.too.large' || parserError?.status === 413) {
    return new ApiError(ErrorCode.TooLarge, 'That is too big to send. Try something smaller.')
  }
  if (typeof parserError?.status === 'number' && parserError.status >= 400 && parserError.status < 500) {
    return new ApiError(ErrorCode.BadRequest, 'Something in the request is not right.')
  }
  return new ApiError(ErrorCode.ServerError, 'Something went wrong on our side. Your work is safe.')
}
