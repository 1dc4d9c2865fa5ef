import express, { Router, type RequestHandler } from 'express'
import { ErrorReason, assetUrl, Role, type UploadedAsset } from '@wesee/shared'
import type { UploadStore } from '../storage/UploadStore.ts'
import { sizeOverLimits } from '../assets/imageLimits.ts'
import { inspectImage } from '../assets/inspectImage.ts'
import type { ServerConfig } from '../config.ts'
import type { BoardStore } from '../storage/BoardStore.ts'
import { ApiError } from './ApiError.ts'
import { rateLimitPerIp } from './rateLimit.ts'
import type { LimitCounter } from './limits/LimitCounter.ts'
import { requireBoardRole } from './requestAuth.ts'

/**
 * `POST /api/boards/:id/assets` (the image as the raw body) and
 * `GET /api/assets/:hash`. Mounted before the JSON body parser, because the
 * upload reads its own body.
 */
export function assetRoutes(
  config: ServerConfig,
  store: BoardStore,
  assets: UploadStore,
  limitCounter: LimitCounter,
): Router {
  const { maxUploadBytes, maxImageSide } = config.limits
  const router = Router()

  const uploadLimit = rateLimitPerIp({
    limit: 'uploads_per_ip',
    max: config.limits.maxUploadsPerIpPerMinute,
    windowMs: 60_000,
    reason: ErrorReason.TooManyPictures,
    counter: limitCounter,
  })

  // Who is asking is checked from the headers before a byte of the body is read.
  const requireUploader: RequestHandler = async (req, res, next) => {
    const { board, role } = await requireBoardRole(store, req)
    if (role === Role.Viewer) {
      throw ApiError.because(ErrorReason.ViewerCannotAddPictures)
    }
    res.locals.boardId = board.id
    next()
  }

  const parseRaw = express.raw({ type: () => true, limit: maxUploadBytes, inflate: false })
  const readImageBody: RequestHandler = (req, res, next) => {
    parseRaw(req, res, (error?: unknown) => {
      const tooLarge = (error as { type?: string } | undefined)?.type === 'entity.too.large'
      if (tooLarge)
        next(ApiError.because(ErrorReason.PictureTooBigToSend, { most: mostWeTake(maxUploadBytes) }))
      else next(error)
    })
  }

  router.post('/api/boards/:id/assets', uploadLimit, requireUploader, readImageBody, async (req, res) => {
    const bytes: unknown = req.body
    if (!Buffer.isBuffer(bytes) || bytes.length === 0) {
      throw ApiError.because(ErrorReason.ChooseAPicture)
    }
    const checked = inspectImage(bytes)
    if (!checked.ok) {
      throw ApiError.because(
        checked.problem === 'unsupported' ? ErrorReason.NotAPicture : ErrorReason.DamagedPicture,
      )
    }
    const tooBig = sizeOverLimits(checked.frames, config.limits)
    if (tooBig) {
      const { width, height } = tooBig
      throw ApiError.because(ErrorReason.PictureTooManyPixels, { width, height, max: maxImageSide })
    }
    const asset = await assets.save(String(res.locals.boardId), bytes, checked.image)
    const body: UploadedAsset = {
      src: assetUrl(asset.hash),
      hash: asset.hash,
      mimeType: asset.mimeType,
      width: asset.width,
      height: asset.height,
      size: asset.size,
    }
    res.status(201).json(body)
  })

  router.get('/api/assets/:hash', async (req, res) => {
    const found = await assets.find(String(req.params.hash))
    if (!found) throw ApiError.because(ErrorReason.PictureNotFound)
    // Named by the hash of its bytes, so it never changes: keep it for a year, and let a
    // browser that has it ask only whether it is still the same.
    const etag = `"${found.asset.hash}"`
    res.set({
      // The type found in the bytes at upload, never one a client claimed.
      'Content-Type': found.asset.mimeType,
      'Content-Length': String(found.bytes.byteLength),
      'Cache-Control': 'public, max-age=31536000, immutable',
      ETag: etag,
      'X-Content-Type-Options': 'nosniff',
      // Opened on its own, an image may not run or load anything.
      'Content-Security-Policy': "default-src 'none'",
      'Content-Disposition': 'inline',
    })
    if (req.get('if-none-match') === etag) {
      res.status(304).end()
      return
    }
    res.end(Buffer.from(found.bytes.buffer, found.bytes.byteOffset, found.bytes.byteLength))
  })

  return router
}

/** The most an upload may be, in words ("8 MB"): a value of picture_too_big_to_send. */
function mostWeTake(maxBytes: number): string {
  const mebibyte = 1024 * 1024
  return maxBytes >= mebibyte
    ? `${Math.floor((maxBytes / mebibyte) * 10) / 10} MB`
    : maxBytes >= 1024
      ? `${Math.floor(maxBytes / 1024)} KB`
      : `${maxBytes} bytes`
}
