import type { CommandHandlers } from './CommandContext.ts'
import { boardLock, boardUnlock, joiningClose, joiningOpen, profileUpdate } from './commands/boardCommands.ts'
import { followBringHere, followSet } from './commands/followCommands.ts'
import { stageAdd, stageSet } from './commands/stageCommands.ts'

/** Every command's handler, by type. The type makes a missing one a compile error. */
export const commandHandlers: CommandHandlers = {
  'joining.open': joiningOpen,
  'joining.close': joiningClose,
  'board.lock': boardLock,
  'board.unlock': boardUnlock,
  'profile.update': profileUpdate,
  'stage.set': stageSet,
  'stage.add': stageAdd,
  'follow.set': followSet,
  'follow.bringHere': followBringHere,
}
