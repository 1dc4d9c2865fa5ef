import * as v from 'valibot'
import { boardLanguageSchema } from './i18n/boardLanguage.ts'
import type {
  FollowState,
  JoiningState,
  LanguagesState,
  LockState,
  StageState,
  SummonState,
  ToolsState,
  Viewport,
} from './controlDoc.ts'
import { joinCodeAlphabet, joinCodeLength } from './joinCode.ts'
import type {
  PrivateShareEvent,
  PrivateWritingState,
  RevealLayout,
} from './privateWriting/privateWritingState.ts'
import type { VersionRestoredState } from './revisit/versions.ts'
import { maxYouSaidUpdates, youSaidStatuses, type YouSaidState } from './revisit/youSaidWeDid.ts'
import {
  everyoneCardKinds,
  maxAgreements,
  type AgreementsState,
  type CardsState,
  type HandsState,
  type RoundState,
  type StoryOnScreenState,
  type TurnState,
} from './voices/voicesState.ts'
import { stageIds, stepIds, type StageId } from './templates/stageIds.ts'
import type { TimerState } from './timer/TimerState.ts'
import {
  maxKeptVoteResults,
  maxVotesPerPerson,
  type PastVote,
  type VoteNoteResult,
  type VoterCount,
  type VoteState,
  type VoteTally,
} from './voting/VoteState.ts'

/**
 * One schema per section of the control doc's `state` map. The server
 * checks every section it writes against its schema, every reader
 * (`readControlSnapshot`, on the server and in the browser) decodes with it
 * and falls back to the section's first value when a section is not what
 * it should be, and a backup import carries only sections that pass it.
 * Each schema is typed against the section's interface, so the two cannot
 * drift apart.
 */

/** The type a schema must decode to. */
type SchemaOf<T> = v.GenericSchema<unknown, T>

const problem = 'A part of the session is not right.'

const time = v.pipe(v.number(problem), v.finite(problem))
const count = v.pipe(v.number(problem), v.integer(problem), v.minValue(0, problem))
/**
 * Any id the server writes: a participant, a vote, a shape (`shape:…`).
 * No upper length: shape ids come from people's browsers, and a section the
 * server derives from the board must never fail its own schema (sizes are
 * bounded by the doc quota and, for imports, by backupShapeLimits).
 */
const id = v.pipe(v.string(problem), v.minLength(1, problem))
const shapeId = v.pipe(id, v.startsWith('shape:', problem))
/** Words the server copied from the board (a frame's name, a note's words), however long. */
const words = v.string(problem)
const coordinate = time

const joiningSchema: SchemaOf<JoiningState> = v.object({
  open: v.boolean(problem),
  code: v.optional(
    v.pipe(
      v.string(problem),
      v.length(joinCodeLength, problem),
      v.check((code) => [...code].every((letter) => joinCodeAlphabet.includes(letter)), problem),
    ),
  ),
})

const lockSchema: SchemaOf<LockState> = v.object({ locked: v.boolean(problem), changedAt: time })

const toolsSchema: SchemaOf<ToolsState> = v.object({ drawing: v.boolean(problem) })

const stagesSchema: SchemaOf<StageId[]> = v.pipe(
  v.array(v.picklist(stageIds, problem), problem),
  v.maxLength(stageIds.length, problem),
)

const stageSchema: SchemaOf<StageState | null> = v.nullable(
  v.object({
    stage: v.picklist(stageIds, problem),
    step: v.picklist(stepIds, problem),
    frameId: shapeId,
    title: words,
    prompt: words,
    changedAt: time,
  }),
)

const followSchema: SchemaOf<FollowState> = v.object({
  following: v.boolean(problem),
  leaderId: v.nullable(id),
  changedAt: time,
})

const viewportSchema: SchemaOf<Viewport> = v.object({
  x: coordinate,
  y: coordinate,
  w: coordinate,
  h: coordinate,
})

const summonSchema: SchemaOf<SummonState | null> = v.nullable(
  v.object({
    count,
    frameId: v.nullable(shapeId),
    viewport: v.nullable(viewportSchema),
    leaderId: v.nullable(id),
    at: time,
  }),
)

const voterCountSchema: SchemaOf<VoterCount> = v.object({ participantId: id, votes: count })

const noteResultSchema: SchemaOf<VoteNoteResult> = v.object({
  shapeId,
  text: words,
  votes: count,
  rank: count,
  voters: v.optional(v.array(voterCountSchema, problem)),
})

const tallySchema: SchemaOf<VoteTally> = v.object({
  // A vote on a frame holds every note in it, so no cap here (vote.start caps chosen notes).
  notes: v.array(noteResultSchema, problem),
  totalVotes: count,
})

const votesPerPerson = v.pipe(count, v.maxValue(maxVotesPerPerson, problem))

const voteSchema: SchemaOf<VoteState | null> = v.nullable(
  v.object({
    id,
    status: v.picklist(['open', 'ended'], problem),
    frameId: v.nullable(shapeId),
    title: words,
    shapeIds: v.array(shapeId, problem),
    votesPerPerson,
    allowSameNoteTwice: v.boolean(problem),
    anonymous: v.boolean(problem),
    results: v.picklist(['live', 'hidden'], problem),
    revealed: v.boolean(problem),
    startedAt: time,
    endedAt: v.nullable(time),
    revealedAt: v.optional(v.nullable(time)),
    voterCount: count,
    tally: v.nullable(tallySchema),
  }),
)

const pastVoteSchema: SchemaOf<PastVote> = v.object({
  id,
  title: words,
  anonymous: v.boolean(problem),
  votesPerPerson,
  startedAt: time,
  endedAt: time,
  voterCount: count,
  tally: tallySchema,
})

const voteResultsSchema: SchemaOf<PastVote[]> = v.pipe(
  v.array(pastVoteSchema, problem),
  v.maxLength(maxKeptVoteResults, problem),
)

const timerSchema: SchemaOf<TimerState | null> = v.nullable(
  v.object({
    status: v.picklist(['running', 'paused'], problem),
    durationMs: count,
    endsAt: v.nullable(time),
    remainingMs: time,
    changedAt: time,
  }),
)

const revealLayoutSchema: SchemaOf<RevealLayout> = v.object({
  frameId: shapeId,
  top: coordinate,
  bottom: coordinate,
  nextX: coordinate,
  columns: v.record(
    id,
    v.object({ x: coordinate, top: coordinate, nextY: coordinate, width: coordinate }),
    problem,
  ),
})

const shareEventSchema: SchemaOf<PrivateShareEvent> = v.object({ participantId: id, notes: count, at: time })

const privateWritingSchema: SchemaOf<PrivateWritingState | null> = v.nullable(
  v.object({
    active: v.boolean(problem),
    frameId: shapeId,
    revealFrameId: shapeId,
    startedAt: time,
    stoppedAt: v.nullable(time),
    revealedAt: v.nullable(time),
    writers: count,
    shared: v.record(id, v.literal(true, problem), problem),
    lastShare: v.nullable(shareEventSchema),
    layout: v.nullable(revealLayoutSchema),
  }),
)

const versionRestoredSchema: SchemaOf<VersionRestoredState | null> = v.nullable(
  v.object({
    versionId: id,
    // A vote's version is named after its frame, so the name has no cap here.
    name: v.nullable(words),
    trigger: words,
    savedAt: time,
    at: time,
  }),
)

const handsSchema: SchemaOf<HandsState> = v.object({
  queue: v.array(v.object({ participantId: id, raisedAt: time }), problem),
})

const turnSchema: SchemaOf<TurnState | null> = v.nullable(v.object({ participantId: id, at: time }))

const roundSchema: SchemaOf<RoundState | null> = v.nullable(
  v.object({
    status: v.picklist(['going', 'done'], problem),
    part: v.picklist(['first', 'again'], problem),
    prompt: v.nullable(words),
    order: v.array(id, problem),
    current: count,
    done: v.array(id, problem),
    passed: v.array(id, problem),
    startedAt: time,
    changedAt: time,
  }),
)

const cardsSchema: SchemaOf<CardsState> = v.object({
  last: v.nullable(v.object({ kind: v.picklist(everyoneCardKinds, problem), count, at: time })),
})

const agreementsSchema: SchemaOf<AgreementsState> = v.object({
  items: v.pipe(
    v.array(v.object({ shapeId, text: words, addedAt: time }), problem),
    v.maxLength(maxAgreements, problem),
  ),
  shownAt: v.nullable(time),
})

const storyOnScreenSchema: SchemaOf<StoryOnScreenState | null> = v.nullable(v.object({ shownAt: time }))

const youSaidSchema: SchemaOf<YouSaidState> = v.object({
  updates: v.pipe(
    v.array(
      v.object({
        shapeId,
        said: words,
        status: v.picklist(youSaidStatuses, problem),
        words,
        date: v.nullable(v.pipe(v.string(problem), v.regex(/^\d{4}-\d{2}-\d{2}$/, problem))),
        updatedAt: time,
      }),
      problem,
    ),
    v.maxLength(maxYouSaidUpdates, problem),
  ),
})

/** Every section of the control doc's `state` map, by name, and its schema. */
const languagesSchema: SchemaOf<LanguagesState> = v.object({
  language: boardLanguageSchema,
  secondLanguage: v.nullable(boardLanguageSchema),
})

export const controlSectionSchemas = {
  joining: joiningSchema,
  lock: lockSchema,
  tools: toolsSchema,
  stages: stagesSchema,
  stage: stageSchema,
  follow: followSchema,
  summon: summonSchema,
  vote: voteSchema,
  voteResults: voteResultsSchema,
  timer: timerSchema,
  privateWriting: privateWritingSchema,
  versionRestored: versionRestoredSchema,
  hands: handsSchema,
  turn: turnSchema,
  round: roundSchema,
  cards: cardsSchema,
  agreements: agreementsSchema,
  storyOnScreen: storyOnScreenSchema,
  youSaid: youSaidSchema,
  languages: languagesSchema,
} as const

export type ControlSectionName = keyof typeof controlSectionSchemas

/** True when `name` is a section the control doc has a schema for. */
export function isControlSectionName(name: string): name is ControlSectionName {
  return Object.hasOwn(controlSectionSchemas, name)
}

/** Decodes one section: its typed value, or undefined when it is not what the schema allows. */
export function decodeControlSection<K extends ControlSectionName>(
  name: K,
  value: unknown,
): v.InferOutput<(typeof controlSectionSchemas)[K]> | undefined {
  const result = v.safeParse(controlSectionSchemas[name], value)
  return result.success ? (result.output as v.InferOutput<(typeof controlSectionSchemas)[K]>) : undefined
}
