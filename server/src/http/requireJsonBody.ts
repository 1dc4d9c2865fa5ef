import type { RequestHandler } from 'express'
import { ErrorReason } from '@wesee/shared'
import { ApiError } from './ApiError.ts'

/**
 * JSON routes take only `application/json` bodies. A browser sends a
 * cross-site form or `text/plain` POST without asking first, but never a
 * JSON one, so refusing every other type (415) means another site cannot
 * make a board, join or run a command with someone's browser. Image uploads
 * and backup imports are mounted before this and check their own types.
 */
export const requireJsonBody: RequestHandler = (req, _res, next) => {
  // `req.is` is null when the request has no body at all: nothing to refuse.
  if (req.is('application/json') === false) {
    next(ApiError.because(ErrorReason.NotJson))
    return
  }
  next()
}
