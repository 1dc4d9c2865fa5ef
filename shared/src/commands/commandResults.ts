import type { ControlSnapshot } from '../controlDoc.ts'
import type { MyVotes } from '../voting/VoteState.ts'
import type { CommandType } from './index.ts'

/**
 * What each command answers besides the new control state, by command
 * type. The server's handlers are typed against it (a handler returning
 * anything else does not compile) and the client reads answers through it.
 * `void`: nothing but the state.
 */
export interface CommandResults {
  'joining.open': void
  'joining.close': void
  'board.lock': void
  'board.unlock': void
  'tools.set': void
  'profile.update': void
  'stage.set': void
  /** The new stage's step frames, left to right. */
  'stage.add': { frameIds: string[] }
  'follow.set': void
  'follow.bringHere': void
  /** The server's clock when it changed, so the timer counts from it. */
  'timer.start': { serverNow: number }
  'timer.pause': { serverNow: number }
  'timer.reset': { serverNow: number }
  'vote.start': { voteId: string }
  /** The voter's own votes now (or, for a vote on someone's behalf, the votes given for them). */
  'vote.cast': { mine: MyVotes }
  'vote.retract': { mine: MyVotes }
  'vote.end': void
  'vote.reveal': void
  'private.start': { frameId: string; revealFrameId: string }
  /** Notes put on the board now, and notes waiting for the reveal (shared without a name). */
  'private.share': { shared: number; waiting: number }
  /**
   * How many notes went on the board, and how many stayed private (more than
   * one reveal may put on the board, `maxNotesPerReveal`): a reveal again puts them on.
   */
  'private.reveal': { revealed: number; stillPrivate: number }
  'private.stop': void
  'hand.raise': void
  'hand.lower': void
  'turn.give': void
  'turn.end': void
  'round.start': void
  'round.pass': void
  'round.next': void
  'round.end': void
  /** `shown`: a card for everyone; `sent`: a card only the facilitator sees. */
  'signal.send': { delivered: 'shown' | 'sent' }
  'signal.seen': void
  'agreement.add': void
  'agreement.remove': void
  'agreement.show': void
  'story.show': void
  'yousaid.update': void
  'yousaid.remove': void
}

/** The whole answer to a command: its result and the control doc as it is now. */
export type CommandAnswer<T extends CommandType> = (CommandResults[T] extends void
  ? unknown
  : CommandResults[T]) & { state: ControlSnapshot }
