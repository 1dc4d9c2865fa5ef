import { Router, type Request } from 'express'
import { ErrorReason, boardT, formatDocName, Role } from '@wesee/shared'
import { buildParticipationRecord } from '../participation/buildParticipationRecord.ts'
import { buildPaymentRecord } from '../participation/buildPaymentRecord.ts'
import { participationCsv } from '../participation/participationCsv.ts'
import { paymentCsv } from '../participation/paymentCsv.ts'
import { renderPaymentHtml } from '../participation/renderPaymentHtml.ts'
import type { FacilitationService } from '../facilitation/FacilitationService.ts'
import { recordsOf } from '../rooms/contentDoc.ts'
import type { RoomRegistry } from '../rooms/RoomRegistry.ts'
import type { BoardStore } from '../storage/BoardStore.ts'
import { ApiError } from './ApiError.ts'
import { attachmentName } from './attachmentName.ts'
import { requireBoardRole } from './requestAuth.ts'

/** `GET /api/boards/:id/participation?format=json|csv`: the facilitator's record of who took part. */
export function participationRoutes(
  store: BoardStore,
  registry: RoomRegistry,
  facilitation: FacilitationService,
  now: () => number = Date.now,
): Router {
  const router = Router()
  const facilitatorsRecord = async (req: Request) => {
    const { board, role } = await requireBoardRole(store, req)
    if (role !== Role.Facilitator) {
      throw ApiError.because(ErrorReason.OnlyFacilitator)
    }
    const content = await registry.open(formatDocName({ boardId: board.id, kind: 'content' }))
    const control = await facilitation.snapshot(board.id)
    const at = now()
    const record = buildParticipationRecord({
      board,
      control,
      presence: await store.people.presenceEvents(board.id),
      records: [...recordsOf(content.doc).map.values()].map(({ val }) => val),
      // Counted from the ballot box, secret votes included: how many, never for what.
      votesByParticipant: await store.ballots.votesCastBy(board.id),
      now: at,
    })
    return { board, control, record, at }
  }

  /** `GET /api/boards/:id/payments?format=json|csv|html`: time taken part and, with a rate, what is owed. */
  router.get('/api/boards/:id/payments', async (req, res) => {
    const format = req.query.format ?? 'json'
    const { board, control, record, at } = await facilitatorsRecord(req)
    if (format !== 'json' && format !== 'csv' && format !== 'html') {
      throw ApiError.because(ErrorReason.UnknownFormat, { formats: 'json, csv, html' })
    }
    const payments = buildPaymentRecord({
      participation: record,
      control,
      settings: await store.settings.boardSettings(board.id),
      now: at,
    })
    res.setHeader('Cache-Control', 'no-store')
    if (format === 'csv') {
      res.setHeader('Content-Type', 'text/csv; charset=utf-8')
      res.setHeader(
        'Content-Disposition',
        attachmentName(`${boardT(payments.language)('files.payments', { title: board.title })}.csv`),
      )
      res.send(paymentCsv(payments))
      return
    }
    if (format === 'html') {
      res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'")
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.send(renderPaymentHtml(payments))
      return
    }
    res.json(payments)
  })

  router.get('/api/boards/:id/participation', async (req, res) => {
    const format = req.query.format ?? 'json'
    const { board, record } = await facilitatorsRecord(req)
    const { language } = await store.settings.boardSettings(board.id)
    if (format !== 'json' && format !== 'csv') {
      throw ApiError.because(ErrorReason.UnknownFormat, { formats: 'json, csv' })
    }
    res.setHeader('Cache-Control', 'no-store')
    if (format === 'csv') {
      res.setHeader('Content-Type', 'text/csv; charset=utf-8')
      res.setHeader(
        'Content-Disposition',
        attachmentName(`${boardT(language)('files.participation', { title: board.title })}.csv`),
      )
      res.send(participationCsv(record, language))
      return
    }
    res.json(record)
  })
  return router
}
