import { Router } from 'express'
import {
  commandSchema,
  decodeWith,
  ErrorReason,
  joinRequestSchema,
  normalizeJoinCode,
  type JoinCodeTarget,
} from '@wesee/shared'
import type { ServerConfig } from '../config.ts'
import type { FacilitationService } from '../facilitation/FacilitationService.ts'
import type { BoardStore } from '../storage/BoardStore.ts'
import { ApiError } from './ApiError.ts'
import { sharedLinksFor, publicOrigin } from './boardRoutes.ts'
import { rateLimitPerIp } from './rateLimit.ts'
import type { LimitCounter } from './limits/LimitCounter.ts'
import { requireBoardRole } from './requestAuth.ts'

/** Joining by code, joining a board as a person, and facilitation commands. */
export function participantRoutes(
  config: ServerConfig,
  store: BoardStore,
  facilitation: FacilitationService,
  limitCounter: LimitCounter,
): Router {
  const router = Router()
  const joinLookupLimit = rateLimitPerIp({
    limit: 'join_lookups_per_ip',
    max: config.maxJoinLookupsPerIpPerMinute,
    windowMs: 60_000,
    reason: ErrorReason.TooManyTries,
    counter: limitCounter,
  })

  // Joining makes a person (and a token) each time: one address may not make hundreds.
  const joinLimit = rateLimitPerIp({
    limit: 'joins_per_ip',
    max: config.limits.maxJoinsPerIpPerMinute,
    windowMs: 60_000,
    reason: ErrorReason.TooManyJoins,
    counter: limitCounter,
  })

  router.get('/api/join/:code', joinLookupLimit, async (req, res) => {
    const code = normalizeJoinCode(String(req.params.code))
    if (!code) {
      throw ApiError.because(ErrorReason.JoinCodeLooksWrong)
    }
    const board = await store.boards.getBoardByJoinCode(code)
    if (!board || board.archived) {
      throw ApiError.because(ErrorReason.WrongJoinCode)
    }
    if (!board.joiningOpen) {
      throw ApiError.because(ErrorReason.JoiningClosed)
    }
    const target: JoinCodeTarget = {
      boardId: board.id,
      title: board.title,
      link: sharedLinksFor(publicOrigin(config, req), board).participant,
    }
    res.json(target)
  })

  router.post('/api/boards/:id/participants', joinLimit, async (req, res) => {
    const { board, role } = await requireBoardRole(store, req)
    const decoded = decodeWith(joinRequestSchema, req.body ?? {})
    if (!decoded.ok) throw ApiError.fromDecoded(decoded)
    res.status(201).json(await facilitation.join(board, role, decoded.value))
  })

  router.post('/api/boards/:id/commands', async (req, res) => {
    const { board, role } = await requireBoardRole(store, req)
    const decoded = decodeWith(commandSchema, req.body)
    if (!decoded.ok) throw ApiError.fromDecoded(decoded)
    const token = req.get('x-participant-token') ?? null
    res.json(await facilitation.run(board, role, token, decoded.value))
  })

  router.get('/api/boards/:id/control', async (req, res) => {
    const { board } = await requireBoardRole(store, req)
    res.json(await facilitation.snapshot(board.id))
  })

  return router
}
