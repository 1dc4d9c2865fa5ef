import type { RequestHandler } from 'express'
import type { ErrorReason } from '@wesee/shared'
import { metrics, type RateLimitName } from '../metrics/serverMetrics.ts'
import { ApiError } from './ApiError.ts'
import type { LimitCounter } from './limits/LimitCounter.ts'

/**
 * A fixed-window limit per client IP, counted by `counter`: this process's
 * memory on one server, the shared PostgreSQL in a cluster. A request is
 * counted once, by the node that answers it: a node that hands a request
 * on to a board's owner never runs these routes itself.
 */
export function rateLimitPerIp(options: {
  /** Its name in wesee_rate_limit_hits_total{limit}, and in the counter's keys. */
  limit: RateLimitName
  max: number
  windowMs: number
  counter: LimitCounter
  /** What the refusal says: a reason the client translates. */
  reason: ErrorReason
}): RequestHandler {
  return (req, _res, next) => {
    const key = `${options.limit}:${req.ip ?? 'unknown'}`
    options.counter.hit(key, options.windowMs).then(
      (count) => {
        if (count > options.max) {
          metrics.rateLimitHits.inc({ limit: options.limit })
          next(ApiError.because(options.reason))
          return
        }
        next()
      },
      // The counter could not be read (the database is away): refuse rather than let tries through uncounted.
      (error: unknown) => next(error),
    )
  }
}
