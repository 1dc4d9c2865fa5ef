import { Router } from 'express'
import { ErrorReason } from '@wesee/shared'
import { secretsMatch } from '../auth/secrets.ts'
import type { ServerConfig } from '../config.ts'
import { metricsRegistry } from '../metrics/serverMetrics.ts'
import { ApiError } from './ApiError.ts'
import { bearerKey } from './requestAuth.ts'

/**
 * `GET /metrics` in the Prometheus text format. Off (404) unless
 * METRICS_TOKEN is set; then it needs `Authorization: Bearer <token>`,
 * compared in constant time. `readGauges` sets the gauges (rooms,
 * connections, memory) from the server's state just before rendering.
 */
export function metricsRoute(config: Pick<ServerConfig, 'metricsToken'>, readGauges: () => void): Router {
  const router = Router()
  router.get('/metrics', (req, res) => {
    if (!config.metricsToken) throw ApiError.because(ErrorReason.NothingHere)
    const token = bearerKey(req)
    if (!token || !secretsMatch(token, config.metricsToken)) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"')
      throw ApiError.because(ErrorReason.MetricsTokenNeeded)
    }
    readGauges()
    res.setHeader('Cache-Control', 'no-store')
    res.type('text/plain; version=0.0.4; charset=utf-8').send(metricsRegistry.render())
  })
  return router
}
