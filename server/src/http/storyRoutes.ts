import { Router } from 'express'
import { ErrorReason, formatDocName } from '@wesee/shared'
import type { FacilitationService } from '../facilitation/FacilitationService.ts'
import { recordsOf } from '../rooms/contentDoc.ts'
import type { RoomRegistry } from '../rooms/RoomRegistry.ts'
import type { BoardStore } from '../storage/BoardStore.ts'
import { buildStory } from '../story/buildStory.ts'
import { renderStoryHtml } from '../story/renderStoryHtml.ts'
import { ApiError } from './ApiError.ts'
import { requireBoardRole } from './requestAuth.ts'

const wholeNumber = /^\d{1,16}$/
/** The last moment a date can name; the page writes `since` as a date, so nothing later may pass. */
const latestDateMs = 8.64e15

/** `since` as ms since 1970: absent is null; anything but one whole number from 0 to the last date is refused. */
function parseSince(value: unknown): number | null {
  if (value === undefined) return null
  const since = typeof value === 'string' && wholeNumber.test(value) ? Number(value) : NaN
  if (!Number.isSafeInteger(since) || since > latestDateMs) {
    throw ApiError.because(ErrorReason.SinceNotATime)
  }
  return since
}

/**
 * `GET /api/boards/:id/story?since=<ms>&format=json|html`: "The story so far",
 * for any key (facilitator, participant or viewer).
 */
export function storyRoutes(
  store: BoardStore,
  registry: RoomRegistry,
  facilitation: FacilitationService,
): Router {
  const router = Router()
  router.get('/api/boards/:id/story', async (req, res) => {
    const { board } = await requireBoardRole(store, req)
    const format = req.query.format ?? 'json'
    if (format !== 'json' && format !== 'html') {
      throw ApiError.because(ErrorReason.UnknownFormat, { formats: 'json, html' })
    }
    const since = parseSince(req.query.since)
    const content = await registry.open(formatDocName({ boardId: board.id, kind: 'content' }))
    const story = buildStory({
      title: board.title,
      records: [...recordsOf(content.doc).map.values()].map(({ val }) => val),
      control: await facilitation.snapshot(board.id),
      now: Date.now(),
      since,
      settings: await store.settings.boardSettings(board.id),
    })
    res.setHeader('Cache-Control', 'no-store')
    if (format === 'json') {
      res.json(story)
      return
    }
    // As the summary: the page runs nothing; it may show WeSee's own pictures and nothing else.
    res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'")
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.send(renderStoryHtml(story))
  })
  return router
}
