import express, { Router, type RequestHandler } from 'express'
import { ErrorReason, Role } from '@wesee/shared'
import type { UploadStore } from '../storage/UploadStore.ts'
import { secretsMatch } from '../auth/secrets.ts'
import { exportBoard } from '../backup/exportBoard.ts'
import { importBoard } from '../backup/importBoard.ts'
import type { ServerConfig } from '../config.ts'
import type { RoomRegistry } from '../rooms/RoomRegistry.ts'
import type { BoardStore } from '../storage/BoardStore.ts'
import { ApiError } from './ApiError.ts'
import { attachmentName } from './attachmentName.ts'
import { createdBoardBody, publicOrigin } from './boardRoutes.ts'
import { rateLimitPerIp } from './rateLimit.ts'
import type { LimitCounter } from './limits/LimitCounter.ts'
import { bearerKey, requireBoardRole } from './requestAuth.ts'
import { refuseNewBoardsWhenDiskLow } from '../health/refuseNewBoardsWhenDiskLow.ts'

/**
 * `GET /api/boards/:id/export` (facilitator: the board as one JSON file)
 * and `POST /api/boards/import` (a backup file → 201 a new board). Mounted
 * before the general JSON parser: a backup is bigger than a command, so the
 * import reads its own body under its own limit.
 */
export function backupRoutes(
  config: ServerConfig,
  deps: { store: BoardStore; registry: RoomRegistry; assets: UploadStore; limitCounter: LimitCounter },
): Router {
  const router = Router()
  const { maxImportBytes } = config.limits
  const tooBig = () =>
    ApiError.because(ErrorReason.BackupTooBig, { max: Math.floor(maxImportBytes / (1024 * 1024)) })

  router.get('/api/boards/:id/export', async (req, res) => {
    const { board, role } = await requireBoardRole(deps.store, req)
    if (role !== Role.Facilitator) throw ApiError.because(ErrorReason.OnlyFacilitator)
    const withVersions = req.query.versions !== '0' && req.query.versions !== 'false'
    const backup = await exportBoard(deps, board, { withVersions })
    res.setHeader('Cache-Control', 'no-store')
    res.setHeader('Content-Disposition', attachmentName(`${board.title} - WeSee backup.json`))
    res.json(backup)
  })

  const importLimit = rateLimitPerIp({
    limit: 'imports_per_ip',
    max: config.limits.maxBoardsPerIpPerMinute,
    windowMs: 60_000,
    reason: ErrorReason.TooManyImports,
    counter: deps.limitCounter,
  })

  // Same gate as making a board: a server with a creation code needs it here too.
  const requireCreateToken: RequestHandler = (req, _res, next) => {
    if (config.createToken) {
      const token = bearerKey(req)
      if (!token || !secretsMatch(token, config.createToken)) {
        throw ApiError.because(ErrorReason.CreationCodeNeeded)
      }
    }
    next()
  }

  // Refuse a body that says it is too big before reading it; the parser enforces the same limit as it reads.
  const readBackup: RequestHandler = (req, res, next) => {
    if (Number(req.get('content-length') ?? 0) > maxImportBytes) {
      throw tooBig()
    }
    express.json({ limit: maxImportBytes, type: () => true })(req, res, (error?: unknown) => {
      const type = (error as { type?: string } | undefined)?.type
      if (type === 'entity.too.large') return next(tooBig())
      if (type === 'entity.parse.failed') {
        return next(ApiError.because(ErrorReason.BackupUnreadable))
      }
      next(error)
    })
  }

  const roomForNewBoards = refuseNewBoardsWhenDiskLow(config)

  router.post(
    '/api/boards/import',
    importLimit,
    requireCreateToken,
    roomForNewBoards,
    readBackup,
    async (req, res) => {
      const board = await importBoard({ ...deps, limits: config.limits }, req.body)
      res.status(201).json(createdBoardBody(publicOrigin(config, req), board))
    },
  )

  return router
}
