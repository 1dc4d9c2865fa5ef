import { Router } from 'express'
import {
  ErrorReason,
  decodeWith,
  duplicateBoardRequestSchema,
  Role,
  updateBoardRequestSchema,
} from '@wesee/shared'
import type { UploadStore } from '../storage/UploadStore.ts'
import { deleteBoard } from '../boards/deleteBoard.ts'
import { duplicateBoard } from '../boards/duplicateBoard.ts'
import type { ServerConfig } from '../config.ts'
import type { RoomRegistry } from '../rooms/RoomRegistry.ts'
import type { BoardStore } from '../storage/BoardStore.ts'
import type { SyncServer } from '../sync/SyncServer.ts'
import { ApiError } from './ApiError.ts'
import { createdBoardBody, publicOrigin } from './boardRoutes.ts'
import { requireBoardRole } from './requestAuth.ts'
import { refuseNewBoardsWhenDiskLow } from '../health/refuseNewBoardsWhenDiskLow.ts'

/**
 * A facilitator looking after their boards: rename and put away
 * (`PATCH /api/boards/:id`), delete with everything it left on the server
 * (`DELETE /api/boards/:id`), and make a fresh copy
 * (`POST /api/boards/:id/duplicate`).
 */
export function boardManagementRoutes(
  config: ServerConfig,
  deps: { store: BoardStore; registry: RoomRegistry; sync: SyncServer; assets: UploadStore },
): Router {
  const router = Router()
  const requireFacilitator = async (req: Parameters<typeof requireBoardRole>[1]) => {
    const { board, role } = await requireBoardRole(deps.store, req)
    if (role !== Role.Facilitator) throw ApiError.because(ErrorReason.OnlyFacilitator)
    return board
  }

  router.patch('/api/boards/:id', async (req, res) => {
    const board = await requireFacilitator(req)
    const decoded = decodeWith(updateBoardRequestSchema, req.body)
    if (!decoded.ok) throw ApiError.fromDecoded(decoded)
    await deps.store.boards.updateBoard(board.id, decoded.value)
    const updated = (await deps.store.boards.getBoard(board.id))!
    res.json({ id: updated.id, title: updated.title, archived: updated.archived })
  })

  router.delete('/api/boards/:id', async (req, res) => {
    const board = await requireFacilitator(req)
    await deleteBoard(deps, board.id)
    res.status(204).end()
  })

  router.post('/api/boards/:id/duplicate', refuseNewBoardsWhenDiskLow(config), async (req, res) => {
    const board = await requireFacilitator(req)
    const decoded = decodeWith(duplicateBoardRequestSchema, req.body ?? {})
    if (!decoded.ok) throw ApiError.fromDecoded(decoded)
    const copy = await duplicateBoard(deps, board, {
      title: decoded.value.title ?? `Copy of ${board.title}`.slice(0, config.limits.maxTitleLength),
      withNotes: decoded.value.withNotes ?? false,
    })
    res.status(201).json(createdBoardBody(publicOrigin(config, req), copy))
  })

  return router
}
