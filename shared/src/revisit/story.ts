import type { BoardLanguage } from '../i18n/boardLanguage.ts'
import type { Picture } from '../templates/StageDefinition.ts'
import type { StageId, StepId } from '../templates/stageIds.ts'

/**
 * "The story so far" (`GET /api/boards/:id/story?since=<ms>&format=json`):
 * a short, picture-first account of a board in stage order, for a group
 * coming back to it. Every part carries a picture (`/pictures/<id>.svg`).
 * Names appear only for people who agreed to be credited, as in the summary.
 */
export interface BoardStory {
  /** The board's title. */
  title: string
  /** The board's language: the steps' titles and prompts are in it. */
  language: BoardLanguage
  /** When this account was made (ms since 1970). */
  generatedAt: number
  /** The steps the group has done, in stage order; the last one is where the group is now. */
  stepsDone: StoryStep[]
  /** The group's agreements, in the order they were added. */
  agreements: StoryAgreement[]
  /** Votes whose results everyone has seen, oldest first, each with its top three notes. */
  votes: StoryVote[]
  /** The cards in "Our small tries": what, who, by when. */
  smallTries: StorySmallTry[]
  /** The cards in "You said, we did". */
  youSaidWeDid: StoryCard[]
  /** The notes put aside in "For later"; null when the board has no such frame. */
  forLater: StoryForLater | null
  /** People who agreed to be credited by name, in the order they joined. */
  credited: string[]
  /** Everyone else who took part, counted, not named. */
  othersCount: number
  /** What is new since the time asked for (`since`); null when none was asked for. */
  since: StorySince | null
}

/** One step the group has done. */
export interface StoryStep {
  stage: StageId
  stageTitle: string
  step: StepId
  title: string
  prompt: string
  picture: Picture
  /** The group's notes in the step's frame (not the template's own starter notes). */
  noteCount: number
  /** True for the step the group is on now. */
  current: boolean
}

export interface StoryAgreement {
  text: string
  addedAt: number
  picture: Picture
}

export interface StoryVoteResult {
  /** The note's words when the votes were counted. */
  text: string
  votes: number
  /** 1 for the most votes; equal votes share a rank. */
  rank: number
}

export interface StoryVote {
  /** Where the vote was, in words (the frame's name). */
  title: string
  picture: Picture
  /** When everyone first saw the results (ms), when known. */
  shownAt: number | null
  voterCount: number
  totalVotes: number
  /** At most three, most votes first. */
  top: StoryVoteResult[]
}

/** A card on the board, with the "Label: value" lines read from it. */
export interface StoryCard {
  text: string
  fields: Array<{ label: string; value: string }>
  /** The writer's name, only when they agreed to be credited. */
  author: string | null
  picture: Picture
}

/** A small try: what we will try, who, by when (null when the card does not say). */
export interface StorySmallTry extends StoryCard {
  what: string | null
  who: string | null
  byWhen: string | null
}

export interface StoryForLater {
  title: string
  noteCount: number
  picture: Picture
}

/** What changed after `since`. */
export interface StorySince {
  since: number
  /** Steps with notes made after `since`, in stage order. */
  steps: StoryNewNotes[]
  /** Votes whose results showed after `since`, oldest first. */
  votes: StoryVote[]
}

export interface StoryNewNotes {
  stage: StageId
  step: StepId
  title: string
  picture: Picture
  /** The words of each new note, top to bottom. */
  notes: string[]
}

/** The pictures of the parts of the story that are not one step's own. */
export const storyPictures = {
  agreement: { id: '1F91D', name: 'Handshake' },
  vote: { id: '1F5F3', name: 'Ballot box' },
  newSince: { id: '1F195', name: 'New' },
  thanks: { id: '1F64F', name: 'Thank you' },
} as const satisfies Record<string, Picture>
