import { Router } from 'express'

/**
 * `GET /api/time`: the server's clock, so a client can count a timer down
 * against its own clock corrected by the difference (estimated from the
 * round trip). Needs no key: the time is no secret.
 */
export function clockRoutes(now: () => number = Date.now): Router {
  const router = Router()
  router.get('/api/time', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store')
    res.json({ serverNow: now() })
  })
  return router
}
