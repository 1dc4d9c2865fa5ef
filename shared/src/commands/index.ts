import * as v from 'valibot'
import { ErrorReason, schemaMessage } from '../errorReasons.ts'
import {
  boardLockCommand,
  boardUnlockCommand,
  joiningCloseCommand,
  joiningOpenCommand,
  profileUpdateCommand,
  toolsSetCommand,
} from './boardCommands.ts'
import { followBringHereCommand, followSetCommand } from './followCommands.ts'
import {
  privateRevealCommand,
  privateShareCommand,
  privateStartCommand,
  privateStopCommand,
} from './privateCommands.ts'
import { stageAddCommand, stageSetCommand } from './stageCommands.ts'
import { timerPauseCommand, timerResetCommand, timerStartCommand } from './timerCommands.ts'
import {
  voteCastCommand,
  voteEndCommand,
  voteRetractCommand,
  voteRevealCommand,
  voteStartCommand,
} from './voteCommands.ts'
import {
  agreementAddCommand,
  agreementRemoveCommand,
  agreementShowCommand,
  cardSeenCommand,
  cardSendCommand,
  handLowerCommand,
  handRaiseCommand,
  roundEndCommand,
  roundNextCommand,
  roundPassCommand,
  roundStartCommand,
  storyShowCommand,
  turnEndCommand,
  turnGiveCommand,
} from '../voices/voicesCommands.ts'
import { youSaidRemoveCommand, youSaidUpdateCommand } from '../revisit/youSaidWeDid.ts'

/**
 * Every command a client may send to `POST /api/boards/:id/commands`, as a
 * union discriminated on `type`. The server decodes each body with this
 * schema before anything else looks at it.
 */
export const commandSchema = v.variant(
  'type',
  [
    joiningOpenCommand,
    joiningCloseCommand,
    boardLockCommand,
    boardUnlockCommand,
    toolsSetCommand,
    profileUpdateCommand,
    stageSetCommand,
    stageAddCommand,
    followSetCommand,
    followBringHereCommand,
    timerStartCommand,
    timerPauseCommand,
    timerResetCommand,
    voteStartCommand,
    voteCastCommand,
    voteRetractCommand,
    voteEndCommand,
    voteRevealCommand,
    privateStartCommand,
    privateShareCommand,
    privateRevealCommand,
    privateStopCommand,
    handRaiseCommand,
    handLowerCommand,
    turnGiveCommand,
    turnEndCommand,
    roundStartCommand,
    roundPassCommand,
    roundNextCommand,
    roundEndCommand,
    cardSendCommand,
    cardSeenCommand,
    agreementAddCommand,
    agreementRemoveCommand,
    agreementShowCommand,
    storyShowCommand,
    youSaidUpdateCommand,
    youSaidRemoveCommand,
  ],
  schemaMessage(ErrorReason.UnknownCommand),
)

export type Command = v.InferOutput<typeof commandSchema>
export type CommandType = Command['type']
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>
