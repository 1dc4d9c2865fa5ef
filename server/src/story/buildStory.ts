import {
  defaultBoardSettings,
  findStage,
  forLaterIn,
  isShapeRecord,
  storyPictures,
  type BoardSettings,
  type BoardStory,
  type ExtraFrameDefinition,
  type ControlSnapshot,
  type Picture,
  type StageStep,
  type StoryAgreement,
  type StoryCard,
  type StorySmallTry,
  type StoryVote,
} from '@wesee/shared'
import { buildSummary } from '../summary/buildSummary.ts'
import { smallTryFields } from '../summary/smallTryFields.ts'
import { readVoteResults, type ShownVote } from '../summary/readVoteResults.ts'
import type { SummaryNote, SummarySection } from '../summary/SummaryModel.ts'

/** How many of a vote's notes the story names. */
const topResults = 3

/**
 * "The story so far": a short account of the board in stage order, made from
 * the summary (buildSummary), so what counts as the group's notes and whose
 * name may be written are decided in one place.
 */
export function buildStory(input: {
  title: string
  records: Iterable<unknown>
  control: ControlSnapshot
  now: number
  /** Ms since 1970: also say what is new after this; null for no such part. */
  since: number | null
  /** The board's settings: its language. */
  settings?: BoardSettings
}): BoardStory {
  const records = [...input.records]
  const settings = input.settings ?? defaultBoardSettings
  const { language } = settings
  const forLater = forLaterIn(language)
  const summary = buildSummary({
    title: input.title,
    records,
    control: input.control,
    now: input.now,
    settings,
  })
  const sectionsByFrame = new Map<string | null, SummarySection>(
    summary.stages.flatMap((stage) => stage.sections).map((section) => [section.frameId, section]),
  )
  const boardSteps = input.control.stages.flatMap((stage) => findStage(stage, language).steps)
  const notesIn = (step: StageStep): SummaryNote[] => sectionsByFrame.get(step.frameId)?.notes ?? []
  const sectionsOfKind = (kind: SummarySection['kind']) =>
    [...sectionsByFrame.values()].filter((section) => section.kind === kind)
  const pictureOfFrame = framePictures(boardSteps, forLater)
  const votes = readVoteResults(input.control).votes.map((vote) => storyVote(vote, pictureOfFrame))
  const current = input.control.stage

  const hasForLater = records.some((record) => isShapeRecord(record) && record.id === forLater.frameId)
  const agreements = readAgreements(input.control)

  return {
    title: input.title,
    language,
    generatedAt: input.now,
    stepsDone: stepsDone(input.control, boardSteps).map((step) => ({
      stage: step.stage,
      stageTitle: findStage(step.stage, language).title,
      step: step.id,
      title: step.title,
      prompt: step.prompt,
      picture: step.picture,
      noteCount: notesIn(step).length,
      current: current !== null && current.stage === step.stage && current.step === step.id,
    })),
    agreements,
    votes,
    smallTries: sectionsOfKind('small-tries').flatMap((section) =>
      section.notes.map((note) => smallTry(storyCard(note, pictureOfFrame(section.frameId)))),
    ),
    youSaidWeDid: sectionsOfKind('you-said-we-did').flatMap((section) =>
      section.notes.map((note) => storyCard(note, pictureOfFrame(section.frameId))),
    ),
    forLater: hasForLater
      ? { title: forLater.title, noteCount: summary.forLater?.notes.length ?? 0, picture: forLater.picture }
      : null,
    credited: summary.credited,
    othersCount: summary.othersCount,
    since:
      input.since === null
        ? null
        : {
            since: input.since,
            steps: boardSteps
              .map((step) => ({
                stage: step.stage,
                step: step.id,
                title: step.title,
                picture: step.picture,
                notes: notesIn(step)
                  .filter((note) => note.createdAt !== null && note.createdAt > input.since!)
                  .map((note) => note.text),
              }))
              .filter((step) => step.notes.length > 0),
            votes: votes.filter((vote) => vote.shownAt !== null && vote.shownAt > input.since!),
          },
  }
}

/**
 * The steps the group has done. The control doc keeps only the step the
 * group is on now (`stage`), not a list of the steps it was moved to before,
 * so "done" is derived: every step of the board's stages, in stage order, up
 * to and including the current step. Before the facilitator first moves the
 * group, no step is done.
 */
function stepsDone(control: ControlSnapshot, boardSteps: readonly StageStep[]): StageStep[] {
  const current = control.stage
  if (!current) return []
  const at = boardSteps.findIndex((step) => step.stage === current.stage && step.id === current.step)
  return at < 0 ? [] : boardSteps.slice(0, at + 1)
}

/** The picture for a frame: its step's, "For later"'s, or a ballot box for anything else. */
function framePictures(
  boardSteps: readonly StageStep[],
  forLater: ExtraFrameDefinition,
): (frameId: string | null) => Picture {
  const byFrame = new Map<string, Picture>(boardSteps.map((step) => [step.frameId, step.picture]))
  byFrame.set(forLater.frameId, forLater.picture)
  return (frameId) => (frameId !== null ? byFrame.get(frameId) : undefined) ?? storyPictures.vote
}

function storyVote(vote: ShownVote, pictureOfFrame: (frameId: string | null) => Picture): StoryVote {
  return {
    title: vote.title,
    picture: vote.frameId ? pictureOfFrame(vote.frameId) : storyPictures.vote,
    shownAt: vote.shownAt,
    voterCount: vote.voterCount,
    totalVotes: vote.tally.totalVotes,
    top: [...vote.tally.notes]
      .sort((a, b) => a.rank - b.rank || b.votes - a.votes)
      .slice(0, topResults)
      .map((note) => ({ text: note.text, votes: note.votes, rank: note.rank })),
  }
}

function storyCard(note: SummaryNote, picture: Picture): StoryCard {
  return { text: note.text, fields: note.fields, author: note.author, picture }
}

/** A small-try card with its "We'll try", "Who" and "By when" lines picked out. */
function smallTry(card: StoryCard): StorySmallTry {
  return { ...card, ...smallTryFields(card.fields) }
}

/** Our agreements, in the order the facilitator added them (their words as they were then). */
function readAgreements(control: ControlSnapshot): StoryAgreement[] {
  return control.agreements.items.map((item) => ({
    text: item.text,
    addedAt: item.addedAt,
    picture: storyPictures.agreement,
  }))
}
