import { Router } from 'express'
import { ErrorReason, Role, type PrivateWritingCounts } from '@wesee/shared'
import type { FacilitationService } from '../facilitation/FacilitationService.ts'
import { openPrivateDocs, privateNoteCounts } from '../privateWriting/privateCounts.ts'
import type { RoomRegistry } from '../rooms/RoomRegistry.ts'
import type { BoardStore } from '../storage/BoardStore.ts'
import { ApiError } from './ApiError.ts'
import { requireBoardRole } from './requestAuth.ts'

/**
 * `GET /api/boards/:id/private/status` (facilitator only): how many private
 * notes each person has now — numbers, never words. This is the only place
 * one person's count leaves the server; the control doc, which every key
 * reads, says only how many people are writing (docs/private-writing.md).
 */
export function privateWritingRoutes(
  store: BoardStore,
  registry: RoomRegistry,
  facilitation: FacilitationService,
): Router {
  const router = Router()

  router.get('/api/boards/:id/private/status', async (req, res) => {
    const { board, role } = await requireBoardRole(store, req)
    if (role !== Role.Facilitator) {
      throw ApiError.because(ErrorReason.OnlyFacilitator)
    }
    const people = await facilitation.withControl(board.id, (control) =>
      control.allParticipants().map((person) => person.id),
    )
    const docs = await openPrivateDocs((name) => registry.open(name), board.id, people)
    const body: PrivateWritingCounts = { counts: privateNoteCounts(docs) }
    res.setHeader('Cache-Control', 'no-store')
    res.json(body)
  })

  return router
}
