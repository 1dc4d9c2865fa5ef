import {
  creditedName,
  findStage,
  peopleWhoTookPart,
  forLaterIn,
  isShapeRecord,
  isNoteShape,
  shapeAuthorId,
  shapeCreatedAt,
  shapePictureNames,
  shapeText,
  defaultBoardSettings,
  boardT,
  type BoardLanguage,
  type BoardSettings,
  type ControlSnapshot,
  type ParticipantProfile,
  type ShapeLike,
} from '@wesee/shared'
import { zonedDateTime } from '../revisit/zonedTime.ts'
import type { PresenceEvent } from '../storage/BoardStore.ts'
import { meetingsFrom } from './meetings.ts'
import { assetRecords, imagesOf, type ReadPicture } from './pictureData.ts'
import { readVoteResults, type ShownVote } from './readVoteResults.ts'
import type { SummaryModel, SummaryNote, SummarySection, SummaryVote } from './SummaryModel.ts'

/** The template's own shapes in a frame (its picture, prompt and guidance), which are not the group's. */
const furniture = /^shape:(picture|prompt|guidance)-/
const starter = /^shape:starter-/
const smallTriesFrame = 'shape:frame-experimentation-small-tries'
const youSaidFrame = 'shape:frame-embedding-you-said-we-did'

/**
 * Builds the summary of a board from its records and control doc: the
 * stages on the board in order, each step's prompt, notes (words and
 * picture names), the results of votes held there, then the notes put
 * aside "For later", then frames the group made and notes outside any frame. Writers and named voters are credited
 * by name only when they agreed (`credit`, not anonymous, and the note not
 * shared without their name).
 */
export function buildSummary(input: {
  title: string
  records: Iterable<unknown>
  control: ControlSnapshot
  now: number
  /** When people were here, for the meetings on the cover (none without it). */
  presence?: readonly PresenceEvent[]
  settings?: BoardSettings
  /** Reads pictures into the summary itself; without it pictures are only named. */
  readPicture?: ReadPicture
}): SummaryModel {
  const records = [...input.records]
  const settings = input.settings ?? defaultBoardSettings
  const { language } = settings
  const forLater = forLaterIn(language)
  const shapes = new Map<string, ShapeLike>()
  for (const record of records) if (isShapeRecord(record)) shapes.set(record.id, record)
  const assetsById = assetRecords(records)
  const updates = new Map(input.control.youSaid.updates.map((update) => [update.shapeId, update]))
  const people = new Map(input.control.participants.map((p) => [p.id, p]))
  const { found, votes } = readVoteResults(input.control)
  const votesOn = new Map<string, number>()
  for (const vote of votes) {
    for (const note of vote.tally.notes)
      votesOn.set(note.shapeId, (votesOn.get(note.shapeId) ?? 0) + note.votes)
  }

  // Every note and picture goes to the frame it sits in (through groups), or to "elsewhere".
  const byFrame = new Map<string | null, ShapeLike[]>()
  for (const shape of shapes.values()) {
    if (shape.type === 'frame' || furniture.test(shape.id)) continue
    // The name and picture over each person's column of revealed notes are layout, not content.
    if (shape.meta?.privateWritingColumn === true) continue
    // Welcome cards carry people's names (to say who is here); a summary names
    // people only with their consent, so the cards stay out of it.
    if (shape.meta?.welcomeFor !== undefined) continue
    if (!isNoteShape(shape) && shapePictureNames(shape).length === 0) continue
    const frame = frameOf(shape, shapes)
    byFrame.set(frame, [...(byFrame.get(frame) ?? []), shape])
  }

  const usedVotes = new Set<string>()
  const section = (
    kind: SummarySection['kind'],
    frameId: string | null,
    title: string,
    prompt: string | null,
    starterTexts: readonly string[] = [],
  ): SummarySection => {
    const inside = [...(byFrame.get(frameId) ?? [])].sort(
      (a, b) => (a.y ?? 0) - (b.y ?? 0) || (a.x ?? 0) - (b.x ?? 0),
    )
    const notes: SummaryNote[] = []
    const pictures: string[] = []
    const images: SummaryNote['images'] = []
    for (const shape of inside) {
      if (!isNoteShape(shape)) {
        const names = shapePictureNames(shape)
        pictures.push(...names)
        images.push(...imagesOf(shape, names, assetsById, input.readPicture))
        continue
      }
      const text = shapeText(shape)
      // A starter card nobody changed is the template talking, not the group.
      if (starter.test(shape.id) && starterTexts.includes(text)) continue
      const authorId = shapeAuthorId(shape)
      notes.push({
        id: shape.id,
        place: title,
        text,
        pictures: shapePictureNames(shape),
        author:
          shape.meta?.anonymous === true ? null : creditedName(authorId ? people.get(authorId) : undefined),
        votes: votesOn.has(shape.id) ? votesOn.get(shape.id)! : null,
        createdAt: shapeCreatedAt(shape),
        fields: kind === 'small-tries' || kind === 'you-said-we-did' ? cardFields(text) : [],
        images: imagesOf(shape, shapePictureNames(shape), assetsById, input.readPicture),
        update: updates.get(shape.id) ?? null,
      })
    }
    const heldHere = votes.filter(
      (vote) =>
        !usedVotes.has(vote.id) &&
        frameId !== null &&
        (vote.frameId === frameId || (!vote.frameId && vote.title === title)),
    )
    for (const vote of heldHere) usedVotes.add(vote.id)
    return {
      kind,
      frameId,
      title,
      prompt,
      notes,
      pictures,
      images,
      votes: heldHere.map((vote) => summaryVote(vote, people)),
    }
  }

  const stages = input.control.stages.map((stageId) => {
    const stage = findStage(stageId, language)
    return {
      title: stage.title,
      guidance: stage.guidance,
      sections: stage.steps
        .filter((step) => shapes.has(step.frameId))
        .map((step) => {
          const kind =
            step.frameId === smallTriesFrame
              ? 'small-tries'
              : step.frameId === youSaidFrame
                ? 'you-said-we-did'
                : 'step'
          return section(kind, step.frameId, step.title, step.prompt, step.starterNotes)
        })
        // A step the group put nothing in is left out: a summary of empty headings helps nobody.
        .filter(hasContent),
    }
  })
  const forLaterSection = shapes.has(forLater.frameId)
    ? section('for-later', forLater.frameId, forLater.title, forLater.prompt)
    : null
  // Every step's frame, kept or left out for being empty, so none reappears as "another part".
  const stageFrames = new Set<string | null>([
    ...input.control.stages.flatMap((stageId) => findStage(stageId).steps.map((step) => step.frameId)),
    forLater.frameId,
  ])
  const otherFrames = [...shapes.values()]
    .filter((shape) => shape.type === 'frame' && !stageFrames.has(shape.id))
    .sort((a, b) => (a.x ?? 0) - (b.x ?? 0) || (a.y ?? 0) - (b.y ?? 0))
  const otherSections = otherFrames
    .map((frame) => section('frame', frame.id, frameTitle(frame, language), null))
    .filter(hasContent)
  const elsewhere = section('elsewhere', null, '', null)
  if (hasContent(elsewhere)) otherSections.push(elsewhere)

  // Who took part: everyone but a facilitator who only ran the session (one who wrote counts).
  const takingPart = peopleWhoTookPart(input.control.participants, shapes.values())
  const tookPart = (profile: ParticipantProfile | undefined) =>
    profile !== undefined && takingPart.includes(profile)
  const credited = takingPart.map(creditedName).filter((name): name is string => name !== null)
  return {
    title: input.title,
    language,
    generatedAt: input.now,
    cover: {
      organisation: settings.organisation,
      timeZone: settings.timeZone,
      meetings: meetingsFrom(
        input.presence ?? [],
        (id) => tookPart(people.get(id)),
        settings.timeZone,
        input.now,
        language,
      ),
      made: zonedDateTime(input.now, settings.timeZone, language),
    },
    stages: stages.filter((stage) => stage.sections.length > 0),
    forLater: forLaterSection && hasContent(forLaterSection) ? forLaterSection : null,
    otherSections,
    otherVotes: votes.filter((vote) => !usedVotes.has(vote.id)).map((vote) => summaryVote(vote, people)),
    hasVoteResults: found,
    credited,
    othersCount: takingPart.length - credited.length,
  }
}

/** True when the group put something in the section (a vote alone still counts: its results matter). */
function hasContent(section: SummarySection): boolean {
  return section.notes.length > 0 || section.pictures.length > 0 || section.votes.length > 0
}

function frameOf(shape: ShapeLike, shapes: Map<string, ShapeLike>): string | null {
  let parentId = shape.parentId
  for (let depth = 0; parentId && depth < 100; depth++) {
    const parent = shapes.get(parentId)
    if (!parent) return null
    if (parent.type === 'frame') return parent.id
    parentId = parent.parentId
  }
  return null
}

function frameTitle(frame: ShapeLike, language: BoardLanguage): string {
  const name = frame.props?.name
  return typeof name === 'string' && name.trim() ? name.trim() : boardT(language)('common.aPartOfTheBoard')
}

function summaryVote(vote: ShownVote, people: Map<string, ParticipantProfile>): SummaryVote {
  return {
    title: vote.title,
    anonymous: vote.anonymous,
    voterCount: vote.voterCount,
    totalVotes: vote.tally.totalVotes,
    results: vote.tally.notes.map((note) => {
      const named = vote.anonymous
        ? []
        : (note.voters ?? []).map((voter) => creditedName(people.get(voter.participantId)))
      const voters = named.filter((name): name is string => name !== null)
      return {
        text: note.text,
        votes: note.votes,
        rank: note.rank,
        voters,
        otherVoters: named.length - voters.length,
      }
    }),
  }
}

/** "Label: value" lines of a card (a small try: what, who, by when, how we will know). */
function cardFields(text: string): Array<{ label: string; value: string }> {
  const fields: Array<{ label: string; value: string }> = []
  for (const line of text.split('\n')) {
    const match = /^([^:\n]{1,40}):\s*(.*)$/.exec(line.trim())
    if (match) fields.push({ label: match[1]!.trim(), value: match[2]!.trim() })
  }
  return fields.length >= 2 ? fields : []
}
