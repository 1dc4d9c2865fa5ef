import {
  avatars,
  defaultLimits,
  ErrorReason,
  formatDocName,
  readControlSnapshot,
  Role,
  type Command,
  type CommandAnswer,
  type ControlSnapshot,
  type JoinedBoard,
  type JoinRequest,
} from '@wesee/shared'
import { hashToken, newParticipantId, newParticipantToken } from '../auth/participantTokens.ts'
import { DomainError } from '../errors/DomainError.ts'
import type { RoomRegistry } from '../rooms/RoomRegistry.ts'
import type { BoardRow, BoardStore } from '../storage/BoardStore.ts'
import { BoardTurns } from './BoardTurns.ts'
import { commandHandlers } from './commandHandlers.ts'
import type { BoardConnections, CommandContext, CommandHandler, CommandLimits } from './CommandContext.ts'
import { ControlState } from './controlState.ts'
import { takeLateComer } from './voices/roundSteps.ts'
import { putWelcomeCard } from './welcomeCards.ts'
import { logger } from '../logging/logger.ts'

const colours = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#b8860b']

/**
 * Runs the session: people joining, and commands that change the control
 * doc. The control doc is written only here, after the caller's role, the
 * command and the current state have been checked.
 */
export class FacilitationService {
  /** Open sync connections per participant, to know who is here now. */
  private readonly openConnections = new Map<string, number>()
  /** Each person's arrive and leave writes under way, chained so they are stored in order. */
  private readonly presenceWrites = new Map<string, Promise<void>>()
  /** Commands of one board run one at a time. */
  private readonly turns = new BoardTurns()

  constructor(
    private readonly store: BoardStore,
    private readonly registry: RoomRegistry,
    private readonly now: () => number = Date.now,
    private readonly connections: BoardConnections = { resyncDroppedWriters: () => {} },
    private readonly limits: CommandLimits = defaultLimits,
  ) {
    registry.onRoomLoaded(async (room, doc) => {
      if (doc.kind !== 'control') return
      const control = new ControlState(room.doc)
      this.forgetStalePresence(doc.boardId, control)
      await this.copyLanguages(doc.boardId, control)
    })
  }

  /**
   * A control doc just loaded may say people are here who left while the
   * server was down (a crash, or a stop before the leave was written).
   * Who is here is who has a connection open now: anyone else is marked gone,
   * so a round never goes to, or waits on, someone who is not there.
   */
  private forgetStalePresence(boardId: string, control: ControlState): void {
    const gone = control
      .allParticipants()
      .filter((profile) => profile.present && !this.isPresent(boardId, profile.id))
    if (gone.length === 0) return
    control.transact(() => {
      for (const profile of gone) control.putParticipant({ ...profile, present: false })
    })
  }

  /**
   * The board's languages, from its settings, into the control doc, so every
   * screen (the projector above all) follows them live. Written only when
   * they differ: a board from before the section existed, a backup brought
   * in, or a change the facilitator just saved.
   */
  private async copyLanguages(boardId: string, control: ControlState): Promise<void> {
    const { language, secondLanguage } = await this.store.settings.boardSettings(boardId)
    const shown = control.get('languages')
    if (shown.language === language && shown.secondLanguage === secondLanguage) return
    control.transact(() => control.set('languages', { language, secondLanguage }))
  }

  /** The facilitator saved the board's settings: everyone's screen shows its languages now. */
  async showLanguages(boardId: string): Promise<void> {
    await this.withControl(boardId, (control) => this.copyLanguages(boardId, control))
  }

  /** Opens the board's control doc and runs `use` with typed access to it. */
  async withControl<T>(boardId: string, use: (control: ControlState) => T): Promise<T> {
    const room = await this.registry.open(formatDocName({ boardId, kind: 'control' }))
    return use(new ControlState(room.doc))
  }

  async snapshot(boardId: string): Promise<ControlSnapshot> {
    return this.withControl(boardId, (control) => readControlSnapshot(control.doc))
  }

  /** The participant a token belongs to on this board, or null (forged, or another board's). */
  async participantForToken(boardId: string, token: string): Promise<string | null> {
    return (await this.store.people.findParticipantByTokenHash(boardId, hashToken(token)))?.id ?? null
  }

  /** Adds a person to the board. Participants may only join while joining is open. */
  async join(board: BoardRow, role: Role, input: JoinRequest): Promise<JoinedBoard> {
    if (role === Role.Viewer) throw DomainError.because(ErrorReason.ViewerCannotJoin)
    if (role === Role.Participant && !board.joiningOpen) {
      throw DomainError.because(ErrorReason.JoiningClosed)
    }
    const anonymous = input.anonymous ?? false
    const name = anonymous ? null : (input.name ?? null)
    if (!anonymous && !name) throw DomainError.because(ErrorReason.NameMissing)
    const participantId = newParticipantId()
    const token = newParticipantToken()
    const joinedAt = this.now()
    await this.store.people.addParticipant({
      id: participantId,
      boardId: board.id,
      tokenHash: hashToken(token),
      createdAt: joinedAt,
    })
    await this.withControl(board.id, (control) => {
      const count = control.allParticipants().length
      control.transact(() =>
        control.putParticipant({
          id: participantId,
          name,
          avatar: input.avatar ?? avatars[count % avatars.length]!.id,
          anonymous,
          credit: anonymous ? false : (input.credit ?? false),
          colour: colours[count % colours.length]!,
          isFacilitator: role === Role.Facilitator,
          joinedAt,
          lastSeenAt: joinedAt,
          present: this.isPresent(board.id, participantId),
        }),
      )
    })
    await this.updateWelcomeCard(board.id, participantId)
    return { participantId, token }
  }

  /**
   * Puts (or refreshes) the person's card in the Welcome frame, when the
   * board has one. A card that cannot be written never fails the join.
   */
  async updateWelcomeCard(boardId: string, participantId: string): Promise<void> {
    try {
      const profile = await this.withControl(boardId, (control) => control.participant(participantId))
      if (!profile) return
      const content = await this.registry.open(formatDocName({ boardId, kind: 'content' }))
      putWelcomeCard(content, profile)
    } catch (error) {
      logger.warn({ err: error }, 'could not update a welcome card')
    }
  }

  /**
   * Checks and applies a decoded command. Role first (403), then the token
   * where the command is a participant's own (401), then the handler's own
   * checks against the state (400/409).
   */
  async run<C extends Command>(
    board: BoardRow,
    role: Role,
    participantToken: string | null,
    command: C,
  ): Promise<CommandAnswer<C['type']>> {
    const handler = commandHandlers[command.type] as CommandHandler<typeof command.type>
    if (!handler.roles.includes(role)) {
      throw DomainError.because(
        role === Role.Viewer ? ErrorReason.ViewerCannotChange : ErrorReason.OnlyFacilitator,
      )
    }
    let participantId: string | null = null
    if (participantToken) {
      participantId = await this.participantForToken(board.id, participantToken)
      if (!participantId) throw DomainError.because(ErrorReason.NotRecognised)
    }
    if (handler.needsParticipant && !participantId) {
      throw DomainError.because(ErrorReason.JoinFirst)
    }
    // One command of a board at a time: each one's checks still hold when it writes (BoardTurns).
    return this.turns.run(board.id, () =>
      this.withControl(board.id, async (control) => {
        const ctx: CommandContext = {
          board,
          role,
          participantId,
          control,
          store: this.store,
          boardFlags: this.registry.boardFlags,
          openDoc: (docName) => this.registry.open(docName),
          now: this.now,
          connections: this.connections,
          limits: this.limits,
        }
        const result: unknown = await handler.run(ctx, command as never)
        return { ...(result ?? {}), state: readControlSnapshot(control.doc) } as CommandAnswer<C['type']>
      }),
    )
  }

  /** A participant's connection opened: they are here now. */
  connectionOpened(boardId: string, participantId: string): void {
    const key = `${boardId}/${participantId}`
    const count = (this.openConnections.get(key) ?? 0) + 1
    this.openConnections.set(key, count)
    if (count === 1) this.markPresence(boardId, participantId, true)
  }

  /** A participant's connection closed: when it was their last, they have left. */
  connectionClosed(boardId: string, participantId: string): void {
    const key = `${boardId}/${participantId}`
    const count = (this.openConnections.get(key) ?? 1) - 1
    if (count > 0) {
      this.openConnections.set(key, count)
      return
    }
    this.openConnections.delete(key)
    this.markPresence(boardId, participantId, false)
  }

  /** Everyone with at least one connection open now, for the presence heartbeat. */
  presentPeople(): Array<{ boardId: string; participantId: string }> {
    return [...this.openConnections.keys()].map((key) => {
      const slash = key.indexOf('/')
      return { boardId: key.slice(0, slash), participantId: key.slice(slash + 1) }
    })
  }

  private isPresent(boardId: string, participantId: string): boolean {
    return (this.openConnections.get(`${boardId}/${participantId}`) ?? 0) > 0
  }

  /**
   * Writes an arrive or a leave, each person's in the order they happened
   * (a quick leave must never be stored before its arrive), then shows it in
   * the control doc.
   */
  private markPresence(boardId: string, participantId: string, present: boolean): void {
    const at = this.now()
    const key = `${boardId}/${participantId}`
    const written = (this.presenceWrites.get(key) ?? Promise.resolve()).then(() =>
      this.writePresence(boardId, participantId, present, at),
    )
    this.presenceWrites.set(key, written)
    void written.finally(() => {
      if (this.presenceWrites.get(key) === written) this.presenceWrites.delete(key)
    })
  }

  /** Resolves when every arrive and leave begun so far is written (for a stop). */
  async presenceSettled(): Promise<void> {
    while (this.presenceWrites.size > 0) await Promise.all(this.presenceWrites.values())
  }

  private async writePresence(boardId: string, participantId: string, present: boolean, at: number) {
    // A node that lost the board (it was paused past its lease) is closing sockets the new owner
    // has already accounted for: it ended their visits at the last heartbeat when it took the
    // board, and may be serving the same people again. A leave from here would end that visit.
    if (this.connections.servesBoard?.(boardId) === false) return
    try {
      await this.store.people.recordPresence({
        boardId,
        participantId,
        kind: present ? 'arrive' : 'leave',
        at,
      })
    } catch (error) {
      // The board may have been deleted; presence is not worth failing a socket for.
      logger.warn({ err: error, boardId }, 'could not record presence')
      return
    }
    await this.withControl(boardId, (control) => {
      const profile = control.participant(participantId)
      if (!profile) return
      const round = control.get('round')
      control.transact(() => {
        control.putParticipant({ ...profile, present, lastSeenAt: at })
        // Someone arriving while the group goes round joins the end of it.
        if (present && round && !profile.isFacilitator) {
          const withThem = takeLateComer(round, participantId, at)
          if (withThem !== round) control.set('round', withThem)
        }
      })
    }).catch((error: unknown) => logger.warn({ err: error, boardId }, 'could not update presence'))
  }
}
