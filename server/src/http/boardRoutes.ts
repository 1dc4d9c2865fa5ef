import { Router, type Request } from 'express'
import {
  ErrorReason,
  boardLink,
  boardLanguageFromAcceptLanguage,
  createBoardRequestSchema,
  decodeWith,
  Role,
  type BoardSummary,
  type CreatedBoard,
  type SharedBoardLinks,
} from '@wesee/shared'
import { createBoard } from '../boards/createBoard.ts'
import { secretsMatch } from '../auth/secrets.ts'
import type { ServerConfig } from '../config.ts'
import type { BoardRow, BoardStore, NewBoard } from '../storage/BoardStore.ts'
import { ApiError } from './ApiError.ts'
import { rateLimitPerIp } from './rateLimit.ts'
import type { LimitCounter } from './limits/LimitCounter.ts'
import { bearerKey, requireBoardRole } from './requestAuth.ts'
import { refuseNewBoardsWhenDiskLow } from '../health/refuseNewBoardsWhenDiskLow.ts'

/** The origin links are built on: PUBLIC_URL, else what the request came to. */
export function publicOrigin(config: ServerConfig, req: Request): string {
  return config.publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`
}

/** The links a facilitator can see again: the server holds only a hash of the facilitator key. */
export function sharedLinksFor(origin: string, board: BoardRow): SharedBoardLinks {
  return {
    participant: boardLink(origin, board.id, board.participantKey),
    viewer: boardLink(origin, board.id, board.viewerKey),
  }
}

/** The answer when a board is made: the only time its facilitator key and link are shown. */
export function createdBoardBody(origin: string, board: NewBoard): CreatedBoard {
  return {
    id: board.id,
    title: board.title,
    keys: { facilitator: board.facilitatorKey, participant: board.participantKey, viewer: board.viewerKey },
    joinCode: board.joinCode,
    links: {
      facilitator: boardLink(origin, board.id, board.facilitatorKey),
      ...sharedLinksFor(origin, board),
    },
  }
}

/** `POST /api/boards` and `GET /api/boards/:id`. */
export function boardRoutes(config: ServerConfig, store: BoardStore, limitCounter: LimitCounter): Router {
  const router = Router()
  const createLimit = rateLimitPerIp({
    limit: 'boards_per_ip',
    max: config.limits.maxBoardsPerIpPerMinute,
    windowMs: 60_000,
    reason: ErrorReason.TooManyBoards,
    counter: limitCounter,
  })

  const roomForNewBoards = refuseNewBoardsWhenDiskLow(config)

  router.post('/api/boards', createLimit, roomForNewBoards, async (req, res) => {
    if (config.createToken) {
      const token = bearerKey(req)
      if (!token || !secretsMatch(token, config.createToken)) {
        throw ApiError.because(ErrorReason.CreationCodeNeeded)
      }
    }
    const decoded = decodeWith(createBoardRequestSchema, req.body)
    if (!decoded.ok) throw ApiError.fromDecoded(decoded)
    const language = decoded.value.language ?? boardLanguageFromAcceptLanguage(req.get('accept-language'))
    const board = await createBoard(store, { ...decoded.value, language: language ?? undefined })
    res.status(201).json(createdBoardBody(publicOrigin(config, req), board))
  })

  router.get('/api/boards/:id', async (req, res) => {
    const { board, role } = await requireBoardRole(store, req)
    const settings = await store.settings.boardSettings(board.id)
    const summary: BoardSummary = {
      id: board.id,
      title: board.title,
      template: board.template,
      createdAt: new Date(board.createdAt).toISOString(),
      archived: board.archived,
      lastActivityAt: new Date(await store.boards.lastActivityAt(board.id)).toISOString(),
      role,
      language: settings.language,
      secondLanguage: settings.secondLanguage,
    }
    if (role === Role.Facilitator) {
      summary.joinCode = board.joinCode
      summary.keys = { participant: board.participantKey, viewer: board.viewerKey }
      summary.links = sharedLinksFor(publicOrigin(config, req), board)
    }
    res.json(summary)
  })

  return router
}
