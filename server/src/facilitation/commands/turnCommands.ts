import { ErrorReason, Role, type RoundState } from '@wesee/shared'
import { DomainError } from '../../errors/DomainError.ts'
import type { CommandContext, CommandHandler } from '../CommandContext.ts'
import { moveOn, personWhoseTurn, roundOrder, startRound, type IsHere } from '../voices/roundSteps.ts'

const facilitatorOnly = [Role.Facilitator] as const
const people = [Role.Facilitator, Role.Participant] as const

function isHere(ctx: CommandContext): IsHere {
  return (participantId) => ctx.control.participant(participantId)?.present === true
}

function lowerHand(ctx: CommandContext, participantId: string): void {
  const hands = ctx.control.get('hands')
  if (!hands.queue.some((hand) => hand.participantId === participantId)) return
  ctx.control.set('hands', { queue: hands.queue.filter((hand) => hand.participantId !== participantId) })
}

/** Puts my hand up, at the end of the queue (a second raise changes nothing). */
export const handRaise: CommandHandler<'hand.raise'> = {
  roles: people,
  needsParticipant: true,
  run(ctx) {
    const me = ctx.participantId!
    const hands = ctx.control.get('hands')
    if (hands.queue.some((hand) => hand.participantId === me)) return
    ctx.control.transact(() =>
      ctx.control.set('hands', { queue: [...hands.queue, { participantId: me, raisedAt: ctx.now() }] }),
    )
  },
}

/** Puts my hand down; the facilitator may put anyone's down. */
export const handLower: CommandHandler<'hand.lower'> = {
  roles: people,
  run(ctx, command) {
    const whose = command.participantId ?? ctx.participantId
    if (!whose) throw DomainError.because(ErrorReason.ChooseWhoseHand)
    if (whose !== ctx.participantId && ctx.role !== Role.Facilitator) {
      throw DomainError.because(ErrorReason.OwnHandOnly)
    }
    ctx.control.transact(() => lowerHand(ctx, whose))
  },
}

/** Gives someone the turn to speak; their hand comes down. */
export const turnGive: CommandHandler<'turn.give'> = {
  roles: facilitatorOnly,
  run(ctx, command) {
    if (!ctx.control.participant(command.participantId)) {
      throw DomainError.because(ErrorReason.PersonNotFound)
    }
    ctx.control.transact(() => {
      lowerHand(ctx, command.participantId)
      ctx.control.set('turn', { participantId: command.participantId, at: ctx.now() })
    })
  },
}

/** Ends the turn: the facilitator, or the person speaking ("I have finished"). */
export const turnEnd: CommandHandler<'turn.end'> = {
  roles: people,
  run(ctx) {
    const turn = ctx.control.get('turn')
    if (!turn) return
    if (ctx.role !== Role.Facilitator && turn.participantId !== ctx.participantId) {
      throw DomainError.because(ErrorReason.OnlySpeakerEndsTurn)
    }
    ctx.control.transact(() => ctx.control.set('turn', null))
  },
}

/** Starts a go-round over the people here now. */
export const roundStart: CommandHandler<'round.start'> = {
  roles: facilitatorOnly,
  run(ctx, command) {
    const order = roundOrder(ctx.control.allParticipants(), command.order ?? 'joined')
    if (order.length === 0) throw DomainError.because(ErrorReason.NobodyHereForRound)
    const round = startRound(order, command.prompt || null, ctx.now(), isHere(ctx))
    ctx.control.transact(() => ctx.control.set('round', round))
  },
}

function goingRound(ctx: CommandContext): RoundState {
  const round = ctx.control.get('round')
  if (!round || round.status !== 'going') throw DomainError.because(ErrorReason.NoRound)
  return round
}

/** Passes: the person whose turn it is, or the facilitator for them. Passing is always fine. */
export const roundPass: CommandHandler<'round.pass'> = {
  roles: people,
  run(ctx) {
    const round = goingRound(ctx)
    if (ctx.role !== Role.Facilitator && personWhoseTurn(round) !== ctx.participantId) {
      throw DomainError.because(ErrorReason.PassOnYourTurn)
    }
    ctx.control.transact(() => ctx.control.set('round', moveOn(round, true, ctx.now(), isHere(ctx))))
  },
}

/** On to the next person in the round. */
export const roundNext: CommandHandler<'round.next'> = {
  roles: facilitatorOnly,
  run(ctx) {
    const round = goingRound(ctx)
    ctx.control.transact(() => ctx.control.set('round', moveOn(round, false, ctx.now(), isHere(ctx))))
  },
}

/** Ends the round, wherever it has got to. */
export const roundEnd: CommandHandler<'round.end'> = {
  roles: facilitatorOnly,
  run(ctx) {
    if (ctx.control.get('round') !== null) ctx.control.transact(() => ctx.control.set('round', null))
  },
}
