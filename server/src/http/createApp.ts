import { sendAppContentSecurityPolicy } from './appContentSecurityPolicy.ts'
import fs from 'node:fs'
import path from 'node:path'
import express, { type Express } from 'express'
import type { ServerConfig } from '../config.ts'
import type { BoardStore } from '../storage/BoardStore.ts'
import { answerWhenStored } from './answerWhenStored.ts'
import { boardRoutes } from './boardRoutes.ts'
import { readiness } from '../health/readiness.ts'
import { compressedAssets } from './compressedAssets.ts'
import { errorMiddleware, unknownApiRoute } from './errorMiddleware.ts'
import { requireJsonBody } from './requireJsonBody.ts'
import type { LimitCounter } from './limits/LimitCounter.ts'

/**
 * Builds the express app: the JSON API, then the built client.
 * `rawBodyRoutes` read their own request bodies (image uploads), so they go
 * before the JSON parser; `extraRoutes` after it.
 */
export function createApp(
  config: ServerConfig,
  store: BoardStore,
  /** Where every per-address rate limit counts: memory, or the cluster's PostgreSQL. */
  limitCounter: LimitCounter,
  extraRoutes: express.Router[] = [],
  rawBodyRoutes: express.Router[] = [],
  /** Resolves when every doc update made so far is stored (the rooms' `settled`). */
  docsStored: () => Promise<void> = () => Promise.resolve(),
): Express {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', config.trustProxy)

  app.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff')
    res.setHeader('Referrer-Policy', 'no-referrer')
    next()
  })

  app.get('/healthz', async (_req, res) => {
    if (await store.isHealthy()) res.json({ ok: true })
    else res.status(503).json({ ok: false })
  })

  // What a monitor asks: can the server take on work (the store answers, the disk has room)?
  app.get('/readyz', async (_req, res) => {
    const answer = await readiness(config, store)
    res.setHeader('Cache-Control', 'no-store')
    res.status(answer.ready ? 200 : 503).json(answer)
  })

  app.use('/api', answerWhenStored(docsStored))
  for (const router of rawBodyRoutes) app.use(router)
  app.use('/api', requireJsonBody)
  app.use('/api', express.json({ limit: config.limits.maxJsonBytes, strict: false }))
  app.use(boardRoutes(config, store, limitCounter))
  for (const router of extraRoutes) app.use(router)
  app.use('/api', unknownApiRoute)

  if (config.clientDir && fs.existsSync(path.join(config.clientDir, 'index.html'))) {
    serveClient(app, config.clientDir)
  }

  app.use(errorMiddleware)
  return app
}

/** Serves the built client, with index.html for every page route (`/`, `/b/...`). */
function serveClient(app: Express, clientDir: string): void {
  app.use(sendAppContentSecurityPolicy)
  app.use(compressedAssets(clientDir))
  app.use(
    express.static(clientDir, {
      index: false,
      setHeaders(res, filePath) {
        // Hashed assets never change; index.html must always be fresh.
        if (filePath.includes(`${path.sep}assets${path.sep}`)) {
          res.setHeader('Cache-Control', 'public, max-age=31536000, immutable')
          res.setHeader('Vary', 'Accept-Encoding')
        }
      },
    }),
  )
  const indexHtml = path.join(clientDir, 'index.html')
  app.get(/^\/(?!api\/|sync\/|healthz|readyz|metrics).*/, (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache')
    res.sendFile(indexHtml)
  })
}
