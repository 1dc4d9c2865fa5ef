import { ErrorReason, formatDocName, isNoteShape, maxYouSaidUpdates, Role, shapeText } from '@wesee/shared'
import { DomainError } from '../../errors/DomainError.ts'
import { recordsOf } from '../../rooms/contentDoc.ts'
import type { CommandHandler } from '../CommandContext.ts'

const facilitatorOnly = [Role.Facilitator] as const

/** Writes (or changes) what happened to something people said; the newest update goes last. */
export const youSaidUpdate: CommandHandler<'yousaid.update'> = {
  roles: facilitatorOnly,
  async run(ctx, command) {
    const content = await ctx.openDoc(formatDocName({ boardId: ctx.board.id, kind: 'content' }))
    const note = recordsOf(content.doc).get(command.shapeId)
    if (!isNoteShape(note)) throw DomainError.because(ErrorReason.NoteNotFound)
    const state = ctx.control.get('youSaid')
    const others = state.updates.filter((update) => update.shapeId !== command.shapeId)
    if (others.length >= maxYouSaidUpdates) {
      throw DomainError.because(ErrorReason.YouSaidFull, { max: maxYouSaidUpdates })
    }
    const update = {
      shapeId: command.shapeId,
      said: shapeText(note),
      status: command.status,
      words: command.words,
      date: command.date ?? null,
      updatedAt: ctx.now(),
    }
    ctx.control.transact(() => ctx.control.set('youSaid', { updates: [...others, update] }))
  },
}

/** Takes an update away. */
export const youSaidRemove: CommandHandler<'yousaid.remove'> = {
  roles: facilitatorOnly,
  run(ctx, command) {
    const state = ctx.control.get('youSaid')
    const updates = state.updates.filter((update) => update.shapeId !== command.shapeId)
    if (updates.length !== state.updates.length)
      ctx.control.transact(() => ctx.control.set('youSaid', { updates }))
  },
}
