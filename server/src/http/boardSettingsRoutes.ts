import { Router, type Request } from 'express'
import { ErrorReason, boardSettingsSchema, decodeWith, Role } from '@wesee/shared'
import type { FacilitationService } from '../facilitation/FacilitationService.ts'
import type { BoardStore } from '../storage/BoardStore.ts'
import { ApiError } from './ApiError.ts'
import { requireBoardRole } from './requestAuth.ts'

/**
 * `GET` and `PUT /api/boards/:id/settings`: the board's languages, and the
 * organisation, time zone and pay the summary and payment record use. The facilitator's only: pay is
 * nobody else's business. Only the languages go on into the control doc,
 * for everyone's screen to follow (the projector changes language live).
 */
export function boardSettingsRoutes(store: BoardStore, facilitation: FacilitationService): Router {
  const router = Router()
  const facilitatorsBoard = async (req: Request) => {
    const { board, role } = await requireBoardRole(store, req)
    if (role !== Role.Facilitator) throw ApiError.because(ErrorReason.OnlyFacilitator)
    return board
  }
  router.get('/api/boards/:id/settings', async (req, res) => {
    const board = await facilitatorsBoard(req)
    res.setHeader('Cache-Control', 'no-store')
    res.json(await store.settings.boardSettings(board.id))
  })
  router.put('/api/boards/:id/settings', async (req, res) => {
    const board = await facilitatorsBoard(req)
    const stored = await store.settings.boardSettings(board.id)
    // A form that does not send the languages (one from before boards had them) keeps the board's own.
    const body: unknown =
      typeof req.body === 'object' && req.body !== null && !Array.isArray(req.body)
        ? { language: stored.language, secondLanguage: stored.secondLanguage, ...req.body }
        : req.body
    const decoded = decodeWith(boardSettingsSchema, body)
    if (!decoded.ok) throw ApiError.fromDecoded(decoded)
    await store.settings.saveBoardSettings(board.id, decoded.value)
    await facilitation.showLanguages(board.id)
    res.json(decoded.value)
  })
  return router
}
