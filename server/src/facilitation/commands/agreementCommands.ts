import { ErrorReason, formatDocName, isShapeRecord, maxAgreements, Role, shapeText } from '@wesee/shared'
import { DomainError } from '../../errors/DomainError.ts'
import { recordsOf } from '../../rooms/contentDoc.ts'
import type { CommandHandler } from '../CommandContext.ts'

const facilitatorOnly = [Role.Facilitator] as const

/**
 * Marks a note as one of our agreements. Its words are copied when it is
 * marked, so the agreement still reads the same if the note moves or goes.
 */
export const agreementAdd: CommandHandler<'agreement.add'> = {
  roles: facilitatorOnly,
  async run(ctx, command) {
    const agreements = ctx.control.get('agreements')
    if (agreements.items.some((item) => item.shapeId === command.shapeId)) return
    if (agreements.items.length >= maxAgreements) {
      throw DomainError.because(ErrorReason.AgreementsFull, { max: maxAgreements })
    }
    const content = await ctx.openDoc(formatDocName({ boardId: ctx.board.id, kind: 'content' }))
    const shape = recordsOf(content.doc).get(command.shapeId)
    if (!isShapeRecord(shape)) throw DomainError.because(ErrorReason.NoteNotFound)
    const text = shapeText(shape).trim()
    if (!text) throw DomainError.because(ErrorReason.NoteHasNoWords)
    ctx.control.transact(() =>
      ctx.control.set('agreements', {
        ...agreements,
        items: [...agreements.items, { shapeId: command.shapeId, text, addedAt: ctx.now() }],
      }),
    )
  },
}

/** Takes a note out of our agreements. */
export const agreementRemove: CommandHandler<'agreement.remove'> = {
  roles: facilitatorOnly,
  run(ctx, command) {
    const agreements = ctx.control.get('agreements')
    const items = agreements.items.filter((item) => item.shapeId !== command.shapeId)
    if (items.length === agreements.items.length) return
    // With none left there is nothing to remember: stop showing, as agreement.show refuses to start.
    const shownAt = items.length === 0 ? null : agreements.shownAt
    ctx.control.transact(() => ctx.control.set('agreements', { items, shownAt }))
  },
}

/** Shows "Remember what we agreed" on every screen, or stops showing it. */
export const agreementShow: CommandHandler<'agreement.show'> = {
  roles: facilitatorOnly,
  run(ctx, command) {
    const agreements = ctx.control.get('agreements')
    if (command.shown && agreements.items.length === 0) {
      throw DomainError.because(ErrorReason.NoAgreementsToShow)
    }
    ctx.control.transact(() =>
      ctx.control.set('agreements', { ...agreements, shownAt: command.shown ? ctx.now() : null }),
    )
  },
}
