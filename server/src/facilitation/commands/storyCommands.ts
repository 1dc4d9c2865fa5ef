import { Role } from '@wesee/shared'
import type { CommandHandler } from '../CommandContext.ts'

/** Puts "Last time we…" (the story so far) on the projector, or takes it away. */
export const storyShow: CommandHandler<'story.show'> = {
  roles: [Role.Facilitator],
  run(ctx, command) {
    ctx.control.transact(() =>
      ctx.control.set('storyOnScreen', command.shown ? { shownAt: ctx.now() } : null),
    )
  },
}
