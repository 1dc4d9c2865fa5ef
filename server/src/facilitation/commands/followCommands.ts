import { ErrorReason, formatDocName, Role } from '@wesee/shared'
import { DomainError } from '../../errors/DomainError.ts'
import { recordsOf } from '../../rooms/contentDoc.ts'
import type { CommandHandler } from '../CommandContext.ts'

const facilitatorOnly = [Role.Facilitator] as const

/**
 * "Follow me" on or off. The leader is the facilitator who sent it, as a
 * participant (their presence on awareness), when they sent their token.
 */
export const followSet: CommandHandler<'follow.set'> = {
  roles: facilitatorOnly,
  run(ctx, command) {
    ctx.control.transact(() =>
      ctx.control.set('follow', {
        following: command.following,
        leaderId: command.following ? ctx.participantId : null,
        changedAt: ctx.now(),
      }),
    )
  },
}

/** "Bring everyone here", once: each time the count goes up by one. */
export const followBringHere: CommandHandler<'follow.bringHere'> = {
  roles: facilitatorOnly,
  async run(ctx, command) {
    if (command.frameId === undefined && command.viewport === undefined) {
      throw DomainError.because(ErrorReason.FollowWhere)
    }
    if (command.frameId !== undefined) {
      const content = await ctx.openDoc(formatDocName({ boardId: ctx.board.id, kind: 'content' }))
      if (!recordsOf(content.doc).has(command.frameId)) {
        throw DomainError.because(ErrorReason.FrameGone)
      }
    }
    const previous = ctx.control.get('summon')
    ctx.control.transact(() =>
      ctx.control.set('summon', {
        count: (previous?.count ?? 0) + 1,
        frameId: command.frameId ?? null,
        viewport: command.viewport ?? null,
        leaderId: ctx.participantId,
        at: ctx.now(),
      }),
    )
  },
}
