import type * as Y from 'yjs'
import { sourceLanguage, type BoardLanguage } from './i18n/boardLanguage.ts'
import { neutralName } from './credit/nameForRecords.ts'
import { decodeControlSection, type ControlSectionName } from './controlSectionSchemas.ts'
import type { PrivateWritingState } from './privateWriting/privateWritingState.ts'
import type { VersionRestoredState } from './revisit/versions.ts'
import type { YouSaidState } from './revisit/youSaidWeDid.ts'
import type { StageId, StepId } from './templates/stageIds.ts'
import type { TimerState } from './timer/TimerState.ts'
import type { PastVote, VoteState } from './voting/VoteState.ts'
import type {
  AgreementsState,
  CardsState,
  HandsState,
  RoundState,
  StoryOnScreenState,
  TurnState,
} from './voices/voicesState.ts'

/**
 * The control doc (`<boardId>/control`) holds what everyone may see about
 * how the session is run. Only the server writes it. Layout:
 * - `doc.getMap('state')`: one JSON value per section (ControlSections),
 *   replaced whole when it changes; each section has one schema
 *   (controlSectionSchemas.ts) that writers, readers and imports all use;
 * - `doc.getMap('participants')`: participant id → ParticipantProfile.
 * Tokens and secret ballots never go here.
 */
export const controlStateMapName = 'state'
export const participantsMapName = 'participants'

export interface JoiningState {
  open: boolean
  /**
   * The board's join code while joining is open, so the projector (a viewer
   * key) can show it to the room; absent while joining is closed. A join code
   * is meant to be read out and shown on a screen, so every key may see it.
   */
  code?: string
}

/**
 * Which of tldraw's tools participants have. The facilitator can put the
 * drawing tools (pen, highlighter, eraser) away, so a phone's toolbar holds
 * only what the session needs; the server refuses new drawings from
 * participants meanwhile.
 */
export interface ToolsState {
  drawing: boolean
}

export interface LockState {
  locked: boolean
  /** When it last changed, so clients can announce it. */
  changedAt: number
}

/**
 * Where the group is: the step the facilitator moved everyone to. Clients
 * bring each person's view to `frameId` when `changedAt` changes, show
 * `prompt`, and announce "Now: <title>".
 */
export interface StageState {
  stage: StageId
  step: StepId
  /** The step's frame on the board (stepFrameId). */
  frameId: string
  /** The step's title, e.g. "What do you see?". */
  title: string
  /** The step's one-line prompt. */
  prompt: string
  changedAt: number
}

/**
 * The board's languages, as everyone's screen sees them live. The board's
 * settings (the store) are where they are kept and changed; the server
 * copies them here when the control doc loads and whenever the facilitator
 * saves them, so the projector changes language without reloading.
 */
export interface LanguagesState {
  language: BoardLanguage
  /** The projector shows the step in this language too; null for none. */
  secondLanguage: BoardLanguage | null
}

/** "Follow me": while `following`, everyone's view follows the facilitator's live. */
export interface FollowState {
  following: boolean
  /**
   * The participant id of the facilitator to follow (their presence on
   * awareness), or null when they sent the command without joining.
   */
  leaderId: string | null
  changedAt: number
}

/** A rectangle in page coordinates: the part of the board a view shows. */
export interface Viewport {
  x: number
  y: number
  w: number
  h: number
}

/**
 * "Bring everyone here", once. `count` goes up by one each time, so a client
 * moves its view when it sees a count it has not acted on, and never again
 * for the same one (a reload does not yank anyone back).
 */
export interface SummonState {
  count: number
  /** Where to bring people: a frame, or the facilitator's view (one of the two is set). */
  frameId: string | null
  viewport: Viewport | null
  leaderId: string | null
  at: number
}

/** A person taking part, as everyone sees them. */
export interface ParticipantProfile {
  id: string
  /** Null when they joined without their name. */
  name: string | null
  /** An avatar id (see avatars.ts). */
  avatar: string
  anonymous: boolean
  /** "Credit me by name in summaries". */
  credit: boolean
  colour: string
  isFacilitator: boolean
  joinedAt: number
  lastSeenAt: number
  present: boolean
}

/** The sections of the state map and their types (each with a schema in controlSectionSchemas.ts). */
export interface ControlSections {
  joining: JoiningState
  lock: LockState
  tools: ToolsState
  /** The stages laid out on this board, left to right (none for a blank board). */
  stages: StageId[]
  /** Null until the facilitator first moves the group to a step. */
  stage: StageState | null
  follow: FollowState
  /** Null until the facilitator first brings everyone to them. */
  summon: SummonState | null
  /** The open or last vote (what everyone may see of it), or null before the first. */
  vote: VoteState | null
  /** Finished votes whose results everyone has seen, oldest first. */
  voteResults: PastVote[]
  /** Null when no timer is set. */
  timer: TimerState | null
  /** Null until the facilitator first asks everyone to write on their own. */
  privateWriting: PrivateWritingState | null
  /** The last time the facilitator took the board back to a version; null before. */
  versionRestored: VersionRestoredState | null
  /** Raised hands, in the order they went up. */
  hands: HandsState
  /** Whose turn it is to speak; null when nobody has been given it. */
  turn: TurnState | null
  /** The go-round, while one is on or just done; null otherwise. */
  round: RoundState | null
  /** The last card held up for everyone (never who held it). */
  cards: CardsState
  /** Our agreements. */
  agreements: AgreementsState
  /** "Last time we…" on the projector; null when not shown. */
  storyOnScreen: StoryOnScreenState | null
  /** What happened to what people said ("You said, we did"), written after the session too. */
  youSaid: YouSaidState
  /** The board's languages (a copy of its settings, kept up to date by the server). */
  languages: LanguagesState
}

/** A plain snapshot of the control doc. */
export interface ControlSnapshot {
  joining: JoiningState
  lock: LockState
  tools: ToolsState
  stages: StageId[]
  stage: StageState | null
  follow: FollowState
  summon: SummonState | null
  vote: VoteState | null
  voteResults: PastVote[]
  timer: TimerState | null
  privateWriting: PrivateWritingState | null
  versionRestored: VersionRestoredState | null
  hands: HandsState
  turn: TurnState | null
  round: RoundState | null
  cards: CardsState
  agreements: AgreementsState
  storyOnScreen: StoryOnScreenState | null
  youSaid: YouSaidState
  languages: LanguagesState
  participants: ParticipantProfile[]
}

export const initialControlSections: ControlSections = {
  joining: { open: true },
  lock: { locked: false, changedAt: 0 },
  tools: { drawing: true },
  stages: [],
  stage: null,
  follow: { following: false, leaderId: null, changedAt: 0 },
  summon: null,
  vote: null,
  voteResults: [],
  timer: null,
  privateWriting: null,
  versionRestored: null,
  hands: { queue: [] },
  turn: null,
  round: null,
  cards: { last: null },
  agreements: { items: [], shownAt: null },
  storyOnScreen: null,
  youSaid: { updates: [] },
  languages: { language: sourceLanguage, secondLanguage: null },
}

/**
 * One section as its schema allows it, or the section's first value when the
 * doc holds nothing there or something the schema refuses (an old or
 * hand-made doc must never break a reader).
 */
export function readControlSection<K extends ControlSectionName>(
  value: unknown,
  section: K,
): ControlSections[K] {
  if (value === undefined) return initialControlSections[section]
  return (
    (decodeControlSection(section, value) as ControlSections[K] | undefined) ??
    initialControlSections[section]
  )
}

/** Reads a snapshot of a control doc (server and client use the same reader). */
export function readControlSnapshot(doc: Y.Doc): ControlSnapshot {
  const state = doc.getMap<unknown>(controlStateMapName)
  const section = <K extends ControlSectionName>(name: K) => readControlSection(state.get(name), name)
  const participants = Object.values(
    doc.getMap<ParticipantProfile>(participantsMapName).toJSON() as Record<string, ParticipantProfile>,
  ).sort((a, b) => a.joinedAt - b.joinedAt)
  return {
    joining: section('joining'),
    lock: section('lock'),
    tools: section('tools'),
    stages: section('stages'),
    stage: section('stage'),
    follow: section('follow'),
    summon: section('summon'),
    vote: section('vote'),
    voteResults: section('voteResults'),
    timer: section('timer'),
    privateWriting: section('privateWriting'),
    versionRestored: section('versionRestored'),
    hands: section('hands'),
    turn: section('turn'),
    round: section('round'),
    cards: section('cards'),
    agreements: section('agreements'),
    storyOnScreen: section('storyOnScreen'),
    youSaid: section('youSaid'),
    languages: section('languages'),
    participants,
  }
}

/** How a person is shown to others: their name, or a neutral label with their picture's name. */
export function displayName(profile: Pick<ParticipantProfile, 'name' | 'anonymous' | 'avatar'>): string {
  if (!profile.anonymous && profile.name) return profile.name
  return neutralName(profile)
}
