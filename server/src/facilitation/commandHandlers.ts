import type { CommandHandlers } from './CommandContext.ts'
import {
  boardLock,
  boardUnlock,
  joiningClose,
  joiningOpen,
  profileUpdate,
  toolsSet,
} from './commands/boardCommands.ts'
import { followBringHere, followSet } from './commands/followCommands.ts'
import { privateReveal, privateShare, privateStart, privateStop } from './commands/privateCommands.ts'
import { stageAdd, stageSet } from './commands/stageCommands.ts'
import { storyShow } from './commands/storyCommands.ts'
import { youSaidRemove, youSaidUpdate } from './commands/youSaidCommands.ts'
import { timerPause, timerReset, timerStart } from './commands/timerCommands.ts'
import { agreementAdd, agreementRemove, agreementShow } from './commands/agreementCommands.ts'
import { cardSeen, cardSend } from './commands/cardCommands.ts'
import {
  handLower,
  handRaise,
  roundEnd,
  roundNext,
  roundPass,
  roundStart,
  turnEnd,
  turnGive,
} from './commands/turnCommands.ts'
import { voteCast, voteEnd, voteRetract, voteReveal, voteStart } from './commands/voteCommands.ts'

/** Every command's handler, by type. The type makes a missing one a compile error. */
export const commandHandlers: CommandHandlers = {
  'joining.open': joiningOpen,
  'joining.close': joiningClose,
  'board.lock': boardLock,
  'board.unlock': boardUnlock,
  'tools.set': toolsSet,
  'profile.update': profileUpdate,
  'stage.set': stageSet,
  'stage.add': stageAdd,
  'follow.set': followSet,
  'follow.bringHere': followBringHere,
  'timer.start': timerStart,
  'timer.pause': timerPause,
  'timer.reset': timerReset,
  'vote.start': voteStart,
  'vote.cast': voteCast,
  'vote.retract': voteRetract,
  'vote.end': voteEnd,
  'vote.reveal': voteReveal,
  'private.start': privateStart,
  'private.share': privateShare,
  'private.reveal': privateReveal,
  'private.stop': privateStop,
  'hand.raise': handRaise,
  'hand.lower': handLower,
  'turn.give': turnGive,
  'turn.end': turnEnd,
  'round.start': roundStart,
  'round.pass': roundPass,
  'round.next': roundNext,
  'round.end': roundEnd,
  'signal.send': cardSend,
  'signal.seen': cardSeen,
  'agreement.add': agreementAdd,
  'agreement.remove': agreementRemove,
  'agreement.show': agreementShow,
  'story.show': storyShow,
  'yousaid.update': youSaidUpdate,
  'yousaid.remove': youSaidRemove,
}
