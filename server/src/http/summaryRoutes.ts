import { randomBytes } from 'node:crypto'
import { Router } from 'express'
import { ErrorReason, boardT, formatDocName } from '@wesee/shared'
import type { FacilitationService } from '../facilitation/FacilitationService.ts'
import { recordsOf } from '../rooms/contentDoc.ts'
import type { RoomRegistry } from '../rooms/RoomRegistry.ts'
import type { BoardStore } from '../storage/BoardStore.ts'
import type { UploadStore } from '../storage/UploadStore.ts'
import { buildSummary } from '../summary/buildSummary.ts'
import { pictureReader } from '../summary/pictureData.ts'
import { renderEasyRead } from '../summary/renderEasyRead.ts'
import { notesCsv } from '../summary/notesCsv.ts'
import { renderSummaryHtml } from '../summary/renderSummaryHtml.ts'
import { renderSummaryMarkdown } from '../summary/renderSummaryMarkdown.ts'
import { ApiError } from './ApiError.ts'
import { attachmentName } from './attachmentName.ts'
import { requireBoardRole } from './requestAuth.ts'

/** `GET /api/boards/:id/summary?format=html|easyread|md|csv`: the credited summary, for any key. */
export function summaryRoutes(
  store: BoardStore,
  registry: RoomRegistry,
  facilitation: FacilitationService,
  assets: UploadStore,
): Router {
  const router = Router()
  router.get('/api/boards/:id/summary', async (req, res) => {
    const { board } = await requireBoardRole(store, req)
    const format = req.query.format ?? 'html'
    if (format !== 'html' && format !== 'md' && format !== 'csv' && format !== 'easyread') {
      throw ApiError.because(ErrorReason.UnknownFormat, { formats: 'html, easyread, md, csv' })
    }
    const content = await registry.open(formatDocName({ boardId: board.id, kind: 'content' }))
    const control = await facilitation.snapshot(board.id)
    const records = [...recordsOf(content.doc).map.values()].map(({ val }) => val)
    const readPicture =
      format === 'html' || format === 'easyread' ? await pictureReader(assets, records) : undefined
    const summary = buildSummary({
      title: board.title,
      records,
      control,
      now: Date.now(),
      presence: await store.people.presenceEvents(board.id),
      settings: await store.settings.boardSettings(board.id),
      // The web page carries its pictures inside itself, so it can be emailed or printed offline.
      readPicture,
    })
    res.setHeader('Cache-Control', 'no-store')
    if (format === 'csv') {
      res.setHeader('Content-Type', 'text/csv; charset=utf-8')
      res.setHeader(
        'Content-Disposition',
        attachmentName(`${boardT(summary.language)('files.notes', { title: board.title })}.csv`),
      )
      res.send(notesCsv(summary))
      return
    }
    if (format === 'md') {
      res.setHeader('Content-Type', 'text/markdown; charset=utf-8')
      res.setHeader(
        'Content-Disposition',
        attachmentName(`${boardT(summary.language)('files.summary', { title: board.title })}.md`),
      )
      res.send(renderSummaryMarkdown(summary))
      return
    }
    if (format === 'easyread') {
      // Its one script reads lines aloud; the nonce lets only that script run.
      const nonce = randomBytes(16).toString('base64')
      res.setHeader(
        'Content-Security-Policy',
        `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'nonce-${nonce}'`,
      )
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.send(renderEasyRead(summary, control.agreements.items, readPicture!, nonce))
      return
    }
    // Even though every word is escaped, the page may run nothing and load nothing but itself.
    res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.send(renderSummaryHtml(summary))
  })
  return router
}
