import {
  ErrorReason,
  everyoneCardKinds,
  formatDocName,
  helpRequestsMapName,
  maxHelpRequests,
  Role,
  type EveryoneCardKind,
  type FacilitatorCardKind,
  type HelpRequest,
} from '@wesee/shared'
import { nanoid } from 'nanoid'
import type * as Y from 'yjs'
import { DomainError } from '../../errors/DomainError.ts'
import { serverOrigin } from '../../rooms/contentDoc.ts'
import type { CommandContext, CommandHandler } from '../CommandContext.ts'
import { CardPace } from '../voices/cardPace.ts'

const pace = new CardPace()

function isForEveryone(kind: string): kind is EveryoneCardKind {
  return (everyoneCardKinds as readonly string[]).includes(kind)
}

async function facilitatorDoc(ctx: CommandContext): Promise<Y.Doc> {
  return (await ctx.openDoc(formatDocName({ boardId: ctx.board.id, kind: 'facilitator' }))).doc
}

/** Keeps the newest requests: seen ones go first, then the oldest. */
function keepNewest(requests: Y.Map<HelpRequest>): void {
  const all = [...requests.values()].sort(
    (a, b) => Number(a.seenAt === null) - Number(b.seenAt === null) || a.at - b.at,
  )
  for (const request of all.slice(0, Math.max(0, all.length - maxHelpRequests))) requests.delete(request.id)
}

/**
 * Holds up a card without speaking. "Plain words" and "Slow down" show on
 * every screen, and nothing written anywhere says who held them up (not
 * even to the facilitator). "I need a break" and "I need help" go only to
 * the facilitator's own doc, with who sent them.
 */
export const cardSend: CommandHandler<'signal.send'> = {
  roles: [Role.Facilitator, Role.Participant],
  needsParticipant: true,
  async run(ctx, command) {
    const now = ctx.now()
    if (!pace.allow(ctx.board.id, ctx.participantId!, command.kind, now)) {
      throw DomainError.because(ErrorReason.CardJustShown)
    }
    if (isForEveryone(command.kind)) {
      const kind = command.kind
      const cards = ctx.control.get('cards')
      ctx.control.transact(() =>
        ctx.control.set('cards', { last: { kind, count: (cards.last?.count ?? 0) + 1, at: now } }),
      )
      return { delivered: 'shown' }
    }
    const doc = await facilitatorDoc(ctx)
    const requests = doc.getMap<HelpRequest>(helpRequestsMapName)
    const kind = command.kind as FacilitatorCardKind
    // Asking again before the facilitator has seen it brings the same card up again, so
    // one person holds at most one of each and cannot push anyone else's out of the doc.
    const waiting = [...requests.values()].find(
      (request) =>
        request.participantId === ctx.participantId && request.kind === kind && request.seenAt === null,
    )
    const request: HelpRequest = waiting
      ? { ...waiting, at: now }
      : { id: nanoid(12), kind, participantId: ctx.participantId!, at: now, seenAt: null }
    doc.transact(() => {
      requests.set(request.id, request)
      keepNewest(requests)
    }, serverOrigin)
    return { delivered: 'sent' }
  },
}

/** Marks a card sent to the facilitator as seen. */
export const cardSeen: CommandHandler<'signal.seen'> = {
  roles: [Role.Facilitator],
  async run(ctx, command) {
    const doc = await facilitatorDoc(ctx)
    const requests = doc.getMap<HelpRequest>(helpRequestsMapName)
    const request = requests.get(command.id)
    if (!request) throw DomainError.because(ErrorReason.CardNotFound)
    if (request.seenAt !== null) return
    doc.transact(() => requests.set(command.id, { ...request, seenAt: ctx.now() }), serverOrigin)
  },
}
