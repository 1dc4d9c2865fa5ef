import { createRequire } from 'node:module'
import path from 'node:path'
import express, { Router } from 'express'
import { ErrorReason } from '@wesee/shared'
import { ApiError } from './ApiError.ts'

const require = createRequire(import.meta.url)

/** The folder of OpenMoji's colour SVGs, shipped in its npm package. */
export const openMojiSvgDir = path.join(path.dirname(require.resolve('openmoji/package.json')), 'color/svg')

/**
 * Serves OpenMoji pictures from WeSee itself (`/pictures/<hexcode>.svg`), so
 * a board never asks a third-party host for anything.
 */
export function pictureRoutes(): Router {
  const router = Router()
  router.use(
    '/pictures',
    express.static(openMojiSvgDir, {
      index: false,
      fallthrough: true,
      immutable: true,
      maxAge: '365d',
      setHeaders(res) {
        // A picture is an image, never a document that runs scripts.
        res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'")
      },
    }),
  )
  router.use('/pictures', (_req, res) => {
    const refusal = ApiError.because(ErrorReason.PictureNotFound)
    res.status(refusal.status).json(refusal.toBody())
  })
  return router
}
