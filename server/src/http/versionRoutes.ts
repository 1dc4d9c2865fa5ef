import { Router } from 'express'
import {
  ErrorReason,
  decodeWith,
  Role,
  saveVersionRequestSchema,
  VersionTrigger,
  type VersionList,
} from '@wesee/shared'
import type { BoardStore } from '../storage/BoardStore.ts'
import type { VersionService } from '../versions/VersionService.ts'
import { ApiError } from './ApiError.ts'
import { requireBoardRole } from './requestAuth.ts'

/** Versions: list, save by name, look at one, restore one. Facilitator only. */
export function versionRoutes(store: BoardStore, versions: VersionService): Router {
  const router = Router()
  const requireFacilitator = async (req: Parameters<typeof requireBoardRole>[1]) => {
    const { board, role } = await requireBoardRole(store, req)
    if (role !== Role.Facilitator) throw ApiError.because(ErrorReason.OnlyFacilitator)
    return board
  }

  router.get('/api/boards/:id/versions', async (req, res) => {
    const board = await requireFacilitator(req)
    const bytes = await store.hygiene.storageOf(board.id)
    const body: VersionList = {
      versions: await versions.list(board.id),
      storage: { total: bytes.docs + bytes.versions + bytes.uploads, ...bytes },
    }
    res.json(body)
  })

  router.post('/api/boards/:id/versions', async (req, res) => {
    const board = await requireFacilitator(req)
    const decoded = decodeWith(saveVersionRequestSchema, req.body)
    if (!decoded.ok) throw ApiError.fromDecoded(decoded)
    res.status(201).json(await versions.save(board.id, VersionTrigger.Manual, decoded.value.name))
  })

  router.get('/api/boards/:id/versions/:versionId', async (req, res) => {
    const board = await requireFacilitator(req)
    res.json(await versions.preview(board.id, String(req.params.versionId)))
  })

  router.post('/api/boards/:id/versions/:versionId/restore', async (req, res) => {
    const board = await requireFacilitator(req)
    res.json(await versions.restore(board.id, String(req.params.versionId)))
  })

  return router
}
