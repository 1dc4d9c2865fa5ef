import type * as Y from 'yjs'
import {
  ErrorReason,
  defaultPrivateFrameId,
  formatDocName,
  revealFrameFor,
  Role,
  VersionTrigger,
  type PrivateWritingState,
} from '@wesee/shared'
import { DomainError } from '../../errors/DomainError.ts'
import { recordsOf } from '../../rooms/contentDoc.ts'
import { saveVersion } from '../../versions/saveVersion.ts'
import { moveNotesToBoard } from '../../privateWriting/moveNotesToBoard.ts'
import { openPrivateDocs, writersIn } from '../../privateWriting/privateCounts.ts'
import { countPrivateNotes, prefersNoName, recordShareChoice } from '../../privateWriting/privateNotes.ts'
import type { CommandContext, CommandHandler } from '../CommandContext.ts'

const facilitatorOnly = [Role.Facilitator] as const
const writers = [Role.Facilitator, Role.Participant] as const

function current(ctx: CommandContext): PrivateWritingState | null {
  return ctx.control.get('privateWriting')
}

function save(ctx: CommandContext, state: PrivateWritingState): void {
  ctx.control.transact(() => ctx.control.set('privateWriting', state))
}

/** Everyone's private docs, so a handler can count the writers without awaiting again. */
function everyonesPrivateDocs(ctx: CommandContext): Promise<Map<string, Y.Doc>> {
  const people = ctx.control.allParticipants().map((person) => person.id)
  return openPrivateDocs(ctx.openDoc, ctx.board.id, people)
}

async function openContent(ctx: CommandContext): Promise<Y.Doc> {
  return (await ctx.openDoc(formatDocName({ boardId: ctx.board.id, kind: 'content' }))).doc
}

async function openPrivate(ctx: CommandContext, participantId: string): Promise<Y.Doc> {
  return (await ctx.openDoc(formatDocName({ boardId: ctx.board.id, kind: 'private', participantId }))).doc
}

function isFrame(content: Y.Doc, id: string): boolean {
  const record = recordsOf(content).get(id) as { typeName?: unknown; type?: unknown } | undefined
  return record?.typeName === 'shape' && record.type === 'frame'
}

/** The frame shared notes go in: the reveal frame, else the writing frame, while on the board. */
function targetFrame(content: Y.Doc, state: PrivateWritingState): string {
  if (isFrame(content, state.revealFrameId)) return state.revealFrameId
  if (isFrame(content, state.frameId)) return state.frameId
  throw DomainError.because(ErrorReason.PrivateFrameGone)
}

/**
 * Everyone writes on their own in a frame. Counts start from what each
 * private doc already holds (notes kept from an earlier round stay theirs).
 */
export const privateStart: CommandHandler<'private.start'> = {
  roles: facilitatorOnly,
  async run(ctx, command) {
    const content = await openContent(ctx)
    const frameId = command.frameId ?? defaultPrivateFrameId
    if (!isFrame(content, frameId)) {
      throw DomainError.because(
        command.frameId === undefined ? ErrorReason.NoWhatDoISeeFrame : ErrorReason.FrameNotOnBoard,
      )
    }
    const people = ctx.control.allParticipants()
    const docs = await Promise.all(people.map((person) => openPrivate(ctx, person.id)))
    // Checked after every await, so two starts at once cannot both begin a round.
    if (current(ctx)?.active) {
      throw DomainError.because(ErrorReason.AlreadyWriting)
    }
    const revealFrameId = revealFrameFor(frameId, (id) => isFrame(content, id))
    save(ctx, {
      active: true,
      frameId,
      revealFrameId,
      startedAt: ctx.now(),
      stoppedAt: null,
      revealedAt: null,
      writers: people.filter((_, i) => countPrivateNotes(docs[i]!) > 0).length,
      shared: {},
      lastShare: null,
      layout: null,
    })
    return { frameId, revealFrameId }
  },
}

/** Stops writing on your own without sharing: new notes go on the board again; private ones stay private. */
export const privateStop: CommandHandler<'private.stop'> = {
  roles: facilitatorOnly,
  run(ctx) {
    const state = current(ctx)
    if (!state?.active) throw DomainError.because(ErrorReason.NobodyWriting)
    save(ctx, { ...state, active: false, stoppedAt: ctx.now() })
  },
}

/**
 * A person shares their own notes. With their name: the notes go on the
 * board now, in their column. Without it (asked, ticked, or joined without a
 * name): they wait for the reveal and go into the pooled column, because
 * notes appearing the moment one person pressed "Share" would say whose they are.
 */
export const privateShare: CommandHandler<'private.share'> = {
  roles: writers,
  needsParticipant: true,
  async run(ctx, command) {
    const participantId = ctx.participantId!
    const content = await openContent(ctx)
    const doc = await openPrivate(ctx, participantId)
    // Opened now, so counting the writers (a number for everyone) needs no await later.
    const everyone = await everyonesPrivateDocs(ctx)
    const profile = ctx.control.participant(participantId)
    if (!profile) throw DomainError.because(ErrorReason.NotOnThisBoard)
    const state = current(ctx)
    if (!state) throw DomainError.because(ErrorReason.NothingToShareYet)
    if (ctx.role === Role.Participant && ctx.boardFlags.current(ctx.board.id)?.locked) {
      throw DomainError.because(ErrorReason.EditingPausedShareLater)
    }
    const notes = countPrivateNotes(doc)
    if (notes === 0) throw DomainError.because(ErrorReason.NoNotesToShare)

    const anonymous = profile.anonymous || (command.anonymous ?? prefersNoName(doc))
    if (anonymous) {
      recordShareChoice(doc, true)
      return { shared: 0, waiting: notes }
    }
    recordShareChoice(doc, false)
    const frameId = targetFrame(content, state)
    const moved = moveNotesToBoard({
      boardId: ctx.board.id,
      content,
      frameId,
      layout: state.layout,
      writers: [{ profile, doc, anonymous: false }],
      sharedBy: 'share',
      now: ctx.now(),
      maxNotes: ctx.limits.maxNotesPerReveal,
    })
    save(ctx, {
      ...state,
      writers: writersIn(everyone),
      shared: moved.notes > 0 ? { ...state.shared, [participantId]: true } : state.shared,
      lastShare: moved.notes > 0 ? { participantId, notes: moved.notes, at: ctx.now() } : state.lastShare,
      layout: moved.layout,
    })
    return { shared: moved.notes, waiting: 0 }
  },
}

/**
 * The facilitator shares everyone's notes at once — including people who are
 * offline, from what the server holds — one column per person, and ends
 * private writing. Running it again moves nothing twice: each note leaves its
 * private doc in the same step as it reaches the board.
 */
export const privateReveal: CommandHandler<'private.reveal'> = {
  roles: facilitatorOnly,
  async run(ctx) {
    const content = await openContent(ctx)
    const people = ctx.control.allParticipants().sort((a, b) => a.joinedAt - b.joinedAt)
    const docs = await Promise.all(people.map((person) => openPrivate(ctx, person.id)))
    const state = current(ctx)
    if (!state) throw DomainError.because(ErrorReason.NobodyHasWritten)
    const frameId = targetFrame(content, state)
    const moved = moveNotesToBoard({
      boardId: ctx.board.id,
      content,
      frameId,
      layout: state.layout,
      writers: people.map((profile, i) => ({
        profile,
        doc: docs[i]!,
        anonymous: profile.anonymous || prefersNoName(docs[i]!),
      })),
      sharedBy: 'reveal',
      now: ctx.now(),
      maxNotes: ctx.limits.maxNotesPerReveal,
    })
    const now = ctx.now()
    save(ctx, {
      ...state,
      active: false,
      stoppedAt: state.active ? now : state.stoppedAt,
      revealedAt: now,
      writers: people.filter((_, i) => countPrivateNotes(docs[i]!) > 0).length,
      shared: { ...state.shared, ...Object.fromEntries(moved.namedWriters.map((id) => [id, true] as const)) },
      layout: moved.layout,
    })
    // A restore point with everyone's notes on the board (docs/revisit.md).
    await saveVersion(ctx, ctx.board.id, VersionTrigger.PrivateReveal)
    return { revealed: moved.notes, stillPrivate: moved.stillPrivate }
  },
}
