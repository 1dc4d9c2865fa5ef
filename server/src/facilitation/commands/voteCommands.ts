import { nanoid } from 'nanoid'
import type * as Y from 'yjs'
import {
  ErrorReason,
  defaultVotesPerPerson,
  displayName,
  formatDocName,
  maxKeptVoteResults,
  Role,
  VersionTrigger,
  type CommandOf,
  type ErrorValues,
  type MyVotes,
  type VoteState,
} from '@wesee/shared'
import { DomainError } from '../../errors/DomainError.ts'
import type { BallotRow } from '../../storage/BallotStore.ts'
import { saveVersion } from '../../versions/saveVersion.ts'
import type { CommandContext, CommandHandler } from '../CommandContext.ts'
import { hasOwnVotes, myVotes, proxyVotes } from '../voting/myVotes.ts'
import { frameName, isVotable, notesInFrame, shapeOf } from '../voting/noteContent.ts'
import { pastVote, publicVoteState } from '../voting/publicVoteState.ts'

const facilitatorOnly = [Role.Facilitator] as const
const voters = [Role.Facilitator, Role.Participant] as const

/** This board's ballots of a vote (never another board's, even with the same vote id). */
function ballotsOf(ctx: CommandContext, vote: VoteState): Promise<BallotRow[]> {
  return ctx.store.ballots.ballotsOfVote(ctx.board.id, vote.id)
}

async function openContent(ctx: CommandContext): Promise<Y.Doc> {
  return (await ctx.openDoc(formatDocName({ boardId: ctx.board.id, kind: 'content' }))).doc
}

/**
 * Recounts the vote from its ballots and writes what everyone may see, only
 * when that changed: a second vote from someone who has already voted sends
 * nothing to anyone while results are hidden.
 */
async function publish(ctx: CommandContext, vote: VoteState, content: Y.Doc): Promise<void> {
  const next = publicVoteState(vote, await ballotsOf(ctx, vote), content)
  const current = ctx.control.get('vote')
  const kept = pastVote(next)
  const results = ctx.control.get('voteResults')
  const keep = next.status === 'ended' && kept !== null && !results.some((past) => past.id === next.id)
  if (JSON.stringify(current) === JSON.stringify(next) && !keep) return
  ctx.control.transact(() => {
    ctx.control.set('vote', next)
    if (keep) ctx.control.set('voteResults', [...results, kept].slice(-maxKeptVoteResults))
  })
}

/** Opens a vote on the notes of a frame (default: the current step's) or on chosen notes. */
export const voteStart: CommandHandler<'vote.start'> = {
  roles: facilitatorOnly,
  async run(ctx, command) {
    if (command.frameId !== undefined && command.shapeIds !== undefined) {
      throw DomainError.because(ErrorReason.VoteFrameOrNotes)
    }
    const content = await openContent(ctx)
    if (ctx.control.get('vote')?.status === 'open') {
      throw DomainError.because(ErrorReason.VoteAlreadyOpen)
    }
    let frameId: string | null = null
    let title = 'Chosen notes'
    let shapeIds: string[]
    if (command.shapeIds !== undefined) {
      shapeIds = [...new Set(command.shapeIds)]
      if (!shapeIds.every((id) => isVotable(shapeOf(content, id)))) {
        throw DomainError.because(ErrorReason.VoteOnlyNotes)
      }
    } else {
      frameId = command.frameId ?? ctx.control.get('stage')?.frameId ?? null
      if (frameId === null) {
        throw DomainError.because(ErrorReason.VoteNeedsSomething)
      }
      if (shapeOf(content, frameId)?.type !== 'frame') {
        throw DomainError.because(ErrorReason.FrameGone)
      }
      title = frameName(content, frameId)
      shapeIds = notesInFrame(content, frameId)
      if (shapeIds.length === 0) {
        throw DomainError.because(ErrorReason.NoNotesToVoteOn, { title })
      }
    }
    const results = command.results ?? 'hidden'
    const vote: VoteState = {
      id: nanoid(12),
      status: 'open',
      frameId,
      title,
      shapeIds,
      votesPerPerson: command.votesPerPerson ?? defaultVotesPerPerson,
      allowSameNoteTwice: command.allowSameNoteTwice ?? false,
      anonymous: command.anonymous ?? true,
      results,
      revealed: results === 'live',
      startedAt: ctx.now(),
      endedAt: null,
      revealedAt: results === 'live' ? ctx.now() : null,
      voterCount: 0,
      tally: null,
    }
    await publish(ctx, vote, content)
    return { voteId: vote.id }
  },
}

/** Whose vote a cast or retract is about, and how to say so. */
interface Voter {
  voterId: string
  /** True when the facilitator votes on someone's behalf (`onBehalfOf`). */
  proxy: boolean
  /** The name of the person voted for, when it is a proxy vote (the refusals name them). */
  name: string | null
}

/**
 * Whose vote this is: the sender's own, or, for a facilitator with
 * `onBehalfOf`, the person they vote for (who said yes to it).
 */
function voterFor(ctx: CommandContext, command: CommandOf<'vote.cast'> | CommandOf<'vote.retract'>): Voter {
  if (command.onBehalfOf === undefined) {
    if (!ctx.participantId) throw DomainError.because(ErrorReason.JoinFirstToVote)
    return { voterId: ctx.participantId, proxy: false, name: null }
  }
  if (ctx.role !== Role.Facilitator) {
    throw DomainError.because(ErrorReason.OnlyFacilitatorVotesForOthers)
  }
  if (command.consentConfirmed !== true) {
    throw DomainError.because(ErrorReason.ProxyConsentNeeded)
  }
  const person = ctx.control.participant(command.onBehalfOf)
  if (!person) throw DomainError.because(ErrorReason.VoteForUnknownPerson)
  return { voterId: person.id, proxy: true, name: displayName(person) }
}

/** The votes a cast or retract answers with: all of one's own, or only the proxy votes. */
async function answerFor(ctx: CommandContext, vote: VoteState, voter: Voter): Promise<MyVotes> {
  const ballots = await ballotsOf(ctx, vote)
  return voter.proxy ? proxyVotes(vote, ballots, voter.voterId) : myVotes(vote, ballots, voter.voterId)
}

/** The open vote, with the note checked against it. */
function openVoteFor(ctx: CommandContext, shapeId: string): VoteState {
  const vote = ctx.control.get('vote')
  if (!vote) throw DomainError.because(ErrorReason.NoVoteOpen)
  if (vote.status !== 'open') throw DomainError.because(ErrorReason.VoteEnded)
  if (!vote.shapeIds.includes(shapeId)) {
    throw DomainError.because(ErrorReason.NoteNotInVote)
  }
  return vote
}

/** Puts one vote on a note, within the person's votes and the vote's rules. */
export const voteCast: CommandHandler<'vote.cast'> = {
  roles: voters,
  async run(ctx, command) {
    const content = await openContent(ctx)
    // Commands on one board run one at a time (FacilitationService), so two votes at once
    // cannot both pass the budget although the ballots are read and written asynchronously.
    const vote = openVoteFor(ctx, command.shapeId)
    const voter = voterFor(ctx, command)
    const { voterId, name } = voter
    const named: ErrorValues = name ? { name } : {}
    const ballots = await ballotsOf(ctx, vote)
    // A proxy vote is for someone who cannot use a device. Once they vote on
    // their own, their votes are their secret: the checks below would
    // otherwise tell the facilitator which notes they chose.
    if (voter.proxy && hasOwnVotes(ballots, voterId)) {
      throw DomainError.because(ErrorReason.VotesOnOwnDevice, { name: name ?? '' })
    }
    const mine = myVotes(vote, ballots, voterId)
    if (mine.votesLeft === 0) {
      const max = vote.votesPerPerson
      if (max === 1)
        throw DomainError.because(name ? ErrorReason.ProxyVoteUsed : ErrorReason.VoteUsed, { ...named })
      throw DomainError.because(name ? ErrorReason.ProxyVotesUsedUp : ErrorReason.VotesUsedUp, {
        ...named,
        max,
      })
    }
    if (!vote.allowSameNoteTwice && (mine.votes[command.shapeId] ?? 0) > 0) {
      throw DomainError.because(
        name ? ErrorReason.ProxyAlreadyVotedForNote : ErrorReason.AlreadyVotedForNote,
        named,
      )
    }
    await ctx.store.ballots.addBallot({
      voteId: vote.id,
      boardId: ctx.board.id,
      participantId: voterId,
      shapeId: command.shapeId,
      castBy: ctx.participantId,
      castAt: ctx.now(),
    })
    await publish(ctx, vote, content)
    return { mine: await answerFor(ctx, vote, voter) }
  },
}

/**
 * Takes one of the person's votes back off a note. The facilitator, voting
 * for someone, can take back only a vote they gave for them, never one the
 * person gave themselves.
 */
export const voteRetract: CommandHandler<'vote.retract'> = {
  roles: voters,
  async run(ctx, command) {
    const content = await openContent(ctx)
    const vote = openVoteFor(ctx, command.shapeId)
    const voter = voterFor(ctx, command)
    const ballot = {
      boardId: ctx.board.id,
      voteId: vote.id,
      participantId: voter.voterId,
      shapeId: command.shapeId,
    }
    if (!(await ctx.store.ballots.removeBallot(ballot, { proxyOnly: voter.proxy }))) {
      throw DomainError.because(
        voter.proxy ? ErrorReason.ProxyNoVoteToTakeBack : ErrorReason.NoVoteToTakeBack,
      )
    }
    await publish(ctx, vote, content)
    return { mine: await answerFor(ctx, vote, voter) }
  },
}

/** Closes the vote. Hidden results stay hidden until the facilitator shows them. */
export const voteEnd: CommandHandler<'vote.end'> = {
  roles: facilitatorOnly,
  async run(ctx) {
    const content = await openContent(ctx)
    const vote = ctx.control.get('vote')
    if (!vote || vote.status !== 'open') throw DomainError.because(ErrorReason.NoVoteToEnd)
    await publish(ctx, { ...vote, status: 'ended', endedAt: ctx.now() }, content)
  },
}

/** Shows the results to everyone, ending the vote first if it is still open. */
export const voteReveal: CommandHandler<'vote.reveal'> = {
  roles: facilitatorOnly,
  async run(ctx) {
    const content = await openContent(ctx)
    const vote = ctx.control.get('vote')
    if (!vote) throw DomainError.because(ErrorReason.NoVoteToShow)
    if (vote.revealed && vote.status === 'ended') throw DomainError.because(ErrorReason.ResultsShowing)
    const endedAt = vote.endedAt ?? ctx.now()
    // Live results showed from the start; hidden ones show from now.
    const revealedAt = vote.revealed ? (vote.revealedAt ?? endedAt) : ctx.now()
    await publish(ctx, { ...vote, status: 'ended', endedAt, revealed: true, revealedAt }, content)
    // A restore point with the results showing (docs/revisit.md).
    await saveVersion(ctx, ctx.board.id, VersionTrigger.VoteReveal, vote.title)
  },
}
