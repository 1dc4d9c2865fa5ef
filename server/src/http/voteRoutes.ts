import { Router } from 'express'
import { ErrorReason, Role, type MyVotes } from '@wesee/shared'
import type { FacilitationService } from '../facilitation/FacilitationService.ts'
import { myVotes, proxyVotes } from '../facilitation/voting/myVotes.ts'
import type { BoardStore } from '../storage/BoardStore.ts'
import { ApiError } from './ApiError.ts'
import { requireBoardRole } from './requestAuth.ts'

/**
 * `GET /api/boards/:id/votes/mine`: a person's own votes in the open (or
 * last) vote, proven by their participant token. The facilitator may ask
 * for someone they vote for with `?for=<participantId>`, and is told only
 * the votes they gave on that person's behalf. Nobody else's own ballots
 * are ever answered.
 */
export function voteRoutes(store: BoardStore, facilitation: FacilitationService): Router {
  const router = Router()

  router.get('/api/boards/:id/votes/mine', async (req, res) => {
    const { board, role } = await requireBoardRole(store, req)
    if (role === Role.Viewer) throw ApiError.because(ErrorReason.ViewerCannotVote)
    const token = req.get('x-participant-token') ?? null
    const me = token ? await facilitation.participantForToken(board.id, token) : null
    if (token && !me) throw ApiError.because(ErrorReason.NotRecognised)
    const asked = typeof req.query.for === 'string' ? req.query.for : undefined
    if (asked !== undefined && role !== Role.Facilitator) {
      throw ApiError.because(ErrorReason.OnlyFacilitator)
    }
    const participantId = asked ?? me
    if (!participantId) throw ApiError.because(ErrorReason.JoinFirstToVote)
    const body: MyVotes = await facilitation.withControl(board.id, async (control) => {
      if (asked !== undefined && !control.participant(asked)) {
        throw ApiError.because(ErrorReason.VoteForUnknownPerson)
      }
      const vote = control.get('vote')
      const ballots = vote ? await store.ballots.ballotsOfVote(board.id, vote.id) : []
      // `?for=` shows only the votes the facilitator gave for that person, never their own secret ones.
      return asked !== undefined ? proxyVotes(vote, ballots, asked) : myVotes(vote, ballots, participantId)
    })
    res.setHeader('Cache-Control', 'no-store')
    res.json(body)
  })

  return router
}
