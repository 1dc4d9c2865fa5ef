import type { ErrorRequestHandler, RequestHandler } from 'express'
import { ErrorCode, ErrorReason } from '@wesee/shared'
import { DomainError } from '../errors/DomainError.ts'
import { ApiError } from './ApiError.ts'
import { LeaseLostError } from '../storage/postgres/boardWriteFence.ts'
import { requestLog } from '../logging/requestLog.ts'

/** 404 for any `/api` path no route handles. */
export const unknownApiRoute: RequestHandler = (_req, _res, next) => {
  next(ApiError.because(ErrorReason.NothingHere))
}

interface BodyParserError {
  type?: string
  status?: number
}

/**
 * Turns every error into the `{"error": {code, reason?, message, values?}}` shape. Body-parser
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
  if (apiError.code === ErrorCode.Unavailable) {
    requestLog(req).warn({ err: error }, 'the board is moving to another node: its write was refused')
    // By then the board has its new owner, and the request is handed to it.
    res.set('Retry-After', String(boardMovingRetryAfterSeconds))
  }
  res.status(apiError.status).json(apiError.toBody())
}

/** As BoardRouter's: about a lease period, by when another node has the board. */
const boardMovingRetryAfterSeconds = 2

function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  // On a node of a cluster: the board's lease went to another node before this write (the database refused it).
  if (error instanceof LeaseLostError) return ApiError.because(ErrorReason.BoardMoving)
  // The board's own rules refused something: same code, reason and words.
  if (error instanceof DomainError) return ApiError.fromDomain(error)
  const parserError = error as BodyParserError
  if (parserError?.type === 'entity.parse.failed') {
    return ApiError.because(ErrorReason.InvalidJson)
  }
  if (parserError?.type === 'entity.too.large' || parserError?.status === 413) {
    return ApiError.because(ErrorReason.BodyTooLarge)
  }
  if (typeof parserError?.status === 'number' && parserError.status >= 400 && parserError.status < 500) {
    return ApiError.because(ErrorReason.RequestNotRight)
  }
  return ApiError.because(ErrorReason.SomethingWentWrong)
}
