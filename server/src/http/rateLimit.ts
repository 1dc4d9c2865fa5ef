import type { RequestHandler } from 'express'
import type { ErrorReason } from '@wesee/shared'
import { metrics, type RateLimitName } from '../metrics/serverMetrics.ts'
import { ApiError } from './ApiError.ts'

/**
 * A fixed-window limit per client IP. Small and in memory on purpose: one
 * WeSee server serves one organisation, and a restart forgetting the
 * counts is harmless.
 */
export function rateLimitPerIp(options: {
  /** Its name in wesee_rate_limit_hits_total{limit}. */
  limit: RateLimitName
  max: number
  windowMs: number
  /** What the refusal says: a reason the client translates, or (until it has one) English words. */
  reason?: ErrorReason
  message?: string
  now?: () => number
}): RequestHandler {
  const now = options.now ?? Date.now
  const windows = new Map<string, { start: number; count: number }>()
  return (req, _res, next) => {
    const ip = req.ip ?? 'unknown'
    const time = now()
    // Forget old windows so the map cannot grow without bound.
    if (windows.size > 10_000) {
      for (const [key, window] of windows) if (time - window.start >= options.windowMs) windows.delete(key)
    }
    let window = windows.get(ip)
    if (!window || time - window.start >= options.windowMs) {
      window = { start: time, count: 0 }
      windows.set(ip, window)
    }
    window.count++
    if (window.count > options.max) {
      metrics.rateLimitHits.inc({ limit: options.limit })
      next(options.reason ? ApiError.because(options.reason) : ApiError.tooMany(options.message))
      return
    }
    next()
  }
}
