import type { BoardFlagsCache } from '../boards/BoardFlagsCache.ts'
import type { CommandOf, CommandResults, CommandType, Limits, Role } from '@wesee/shared'
import type { Room } from '../rooms/Room.ts'
import type { BoardRow, BoardStore } from '../storage/BoardStore.ts'
import type { ControlState } from './controlState.ts'

/** Everything a command handler may use. Handlers never see HTTP. */
export interface CommandContext {
  board: BoardRow
  role: Role
  /** The participant proven by `X-Participant-Token`, if one was sent. */
  participantId: string | null
  control: ControlState
  store: BoardStore
  /** The board's switches as this server holds them; changed through it so every check sees the change. */
  boardFlags: BoardFlagsCache
  /** Opens another doc of this board (e.g. content, for a reveal). */
  openDoc: (docName: string) => Promise<Room>
  now: () => number
  /** Reaches the board's live connections (e.g. to resync after a pause). */
  connections: BoardConnections
  /** The server's limits that commands keep to (from its configuration). */
  limits: CommandLimits
}

export type CommandLimits = Pick<Limits, 'maxNotesPerReveal'>

/** What handlers may ask of the board's open sync connections. */
export interface BoardConnections {
  /** Asks connections whose updates were dropped (during a pause) to resync. */
  resyncDroppedWriters(boardId: string): void
  /**
   * Whether this server still serves the board: on a node of a cluster,
   * whether it holds the board's lease. Unset: always (one server).
   */
  servesBoard?(boardId: string): boolean
}

/**
 * One command's rules: who may send it, and what it does. `run` validates
 * against the current state and throws DomainError (409 and friends) when it
 * cannot apply; it changes the control doc only through `ctx.control`.
 */
export interface CommandHandler<T extends CommandType> {
  /** Roles that may send it; a participant role also needs a token when `needsParticipant`. */
  roles: readonly Role[]
  needsParticipant?: boolean
  /** Answers with the command's own result (CommandResults in `shared`), beside the new state. */
  run: (ctx: CommandContext, command: CommandOf<T>) => CommandResults[T] | Promise<CommandResults[T]>
}

export type CommandHandlers = { [T in CommandType]: CommandHandler<T> }
