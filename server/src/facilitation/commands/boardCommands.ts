import { ErrorReason, formatDocName, Role } from '@wesee/shared'
import { DomainError } from '../../errors/DomainError.ts'
import type { CommandHandler } from '../CommandContext.ts'
import { putWelcomeCard } from '../welcomeCards.ts'

const facilitatorOnly = [Role.Facilitator] as const

export const joiningOpen: CommandHandler<'joining.open'> = {
  roles: facilitatorOnly,
  async run(ctx) {
    await ctx.boardFlags.set(ctx.board.id, { joiningOpen: true })
    ctx.control.transact(() => ctx.control.set('joining', { open: true, code: ctx.board.joinCode }))
  },
}

export const joiningClose: CommandHandler<'joining.close'> = {
  roles: facilitatorOnly,
  async run(ctx) {
    await ctx.boardFlags.set(ctx.board.id, { joiningOpen: false })
    ctx.control.transact(() => ctx.control.set('joining', { open: false }))
  },
}

export const boardLock: CommandHandler<'board.lock'> = {
  roles: facilitatorOnly,
  async run(ctx) {
    await ctx.boardFlags.set(ctx.board.id, { locked: true })
    ctx.control.transact(() => ctx.control.set('lock', { locked: true, changedAt: ctx.now() }))
  },
}

export const boardUnlock: CommandHandler<'board.unlock'> = {
  roles: facilitatorOnly,
  async run(ctx) {
    await ctx.boardFlags.set(ctx.board.id, { locked: false })
    ctx.control.transact(() => ctx.control.set('lock', { locked: false, changedAt: ctx.now() }))
    ctx.connections.resyncDroppedWriters(ctx.board.id)
  },
}

export const toolsSet: CommandHandler<'tools.set'> = {
  roles: facilitatorOnly,
  async run(ctx, command) {
    // The flag on the board row is what the sync gate reads (it must know
    // even when nobody has the control doc open); the section is what screens show.
    await ctx.boardFlags.set(ctx.board.id, { drawing: command.drawing })
    ctx.control.transact(() => ctx.control.set('tools', { drawing: command.drawing }))
  },
}

export const profileUpdate: CommandHandler<'profile.update'> = {
  roles: [Role.Facilitator, Role.Participant],
  needsParticipant: true,
  async run(ctx, command) {
    const profile = ctx.participantId ? ctx.control.participant(ctx.participantId) : undefined
    if (!profile) throw DomainError.because(ErrorReason.NotOnThisBoard)
    const anonymous = command.anonymous ?? profile.anonymous
    const name = command.name !== undefined ? command.name : profile.name
    if (!anonymous && !name) throw DomainError.because(ErrorReason.NameMissing)
    ctx.control.transact(() =>
      ctx.control.putParticipant({
        ...profile,
        name: anonymous ? null : name,
        avatar: command.avatar ?? profile.avatar,
        anonymous,
        // Someone who hides their name is never credited by it.
        credit: anonymous ? false : (command.credit ?? profile.credit),
      }),
    )
    // Their card in the Welcome frame follows their new picture and name.
    const updated = ctx.control.participant(profile.id)
    if (updated)
      putWelcomeCard(await ctx.openDoc(formatDocName({ boardId: ctx.board.id, kind: 'content' })), updated)
  },
}
