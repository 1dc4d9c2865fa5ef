import { Router } from 'express'
import { formatDocName, type YouSaidPage } from '@wesee/shared'
import type { FacilitationService } from '../facilitation/FacilitationService.ts'
import { recordsOf } from '../rooms/contentDoc.ts'
import type { RoomRegistry } from '../rooms/RoomRegistry.ts'
import type { BoardStore } from '../storage/BoardStore.ts'
import { buildSummary } from '../summary/buildSummary.ts'
import { requireBoardRole } from './requestAuth.ts'

/**
 * `GET /api/boards/:id/updates` (any key, so the view-only link can be
 * shared): "You said, we did" as it stands now — each thing people said in
 * that step, with what happened since. The app shows it as a page
 * (`/b/<id>/updates#key=<viewer key>`). Names only with consent, as in the summary.
 */
export function updateRoutes(
  store: BoardStore,
  registry: RoomRegistry,
  facilitation: FacilitationService,
): Router {
  const router = Router()
  router.get('/api/boards/:id/updates', async (req, res) => {
    const { board } = await requireBoardRole(store, req)
    const content = await registry.open(formatDocName({ boardId: board.id, kind: 'content' }))
    const control = await facilitation.snapshot(board.id)
    const settings = await store.settings.boardSettings(board.id)
    const summary = buildSummary({
      title: board.title,
      records: [...recordsOf(content.doc).map.values()].map(({ val }) => val),
      control,
      now: Date.now(),
      settings,
    })
    const notes = summary.stages
      .flatMap((stage) => stage.sections)
      .filter((section) => section.kind === 'you-said-we-did')
      .flatMap((section) => section.notes)
    const listed = new Set(notes.map((note) => note.id))
    const page: YouSaidPage = {
      title: board.title,
      organisation: settings.organisation,
      entries: [
        ...notes.map((note) => ({
          shapeId: note.id,
          said: note.text,
          author: note.author,
          update: note.update,
        })),
        // An update on a note elsewhere on the board still belongs on the page.
        ...control.youSaid.updates
          .filter((update) => !listed.has(update.shapeId))
          .map((update) => ({ shapeId: update.shapeId, said: update.said, author: null, update })),
      ],
    }
    res.setHeader('Cache-Control', 'no-store')
    res.json(page)
  })
  return router
}
