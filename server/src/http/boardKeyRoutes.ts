import { Router } from 'express'
import { boardLink, ErrorReason, Role, roles, type NewBoardKey } from '@wesee/shared'
import { replaceBoardKey } from '../boards/replaceBoardKey.ts'
import type { ServerConfig } from '../config.ts'
import type { BoardStore } from '../storage/BoardStore.ts'
import type { SyncServer } from '../sync/SyncServer.ts'
import { ApiError } from './ApiError.ts'
import { publicOrigin } from './boardRoutes.ts'
import { requireBoardRole } from './requestAuth.ts'

/**
 * `POST /api/boards/:id/keys/:role` ("Make a new link" in the invite panel):
 * a new key for one role, shown once; the old link stops working, and whoever
 * is still on the board with it is taken off (replaceBoardKey).
 */
export function boardKeyRoutes(config: ServerConfig, deps: { store: BoardStore; sync: SyncServer }): Router {
  const router = Router()
  router.post('/api/boards/:id/keys/:role', async (req, res) => {
    const { board, role } = await requireBoardRole(deps.store, req)
    if (role !== Role.Facilitator) throw ApiError.because(ErrorReason.OnlyFacilitator)
    const linkRole = roles.find((name) => name === req.params.role)
    if (!linkRole) throw ApiError.because(ErrorReason.UnknownLinkKind)
    const key = await replaceBoardKey(deps, board.id, linkRole)
    const body: NewBoardKey = {
      role: linkRole,
      key,
      link: boardLink(publicOrigin(config, req), board.id, key),
    }
    res.status(201).json(body)
  })
  return router
}
