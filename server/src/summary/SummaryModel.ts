import type { BoardLanguage, YouSaidUpdate } from '@wesee/shared'

/**
 * What the credited summary says, before it is written as HTML, Markdown or
 * CSV. Names appear only where the person agreed to be credited.
 */

export interface SummaryNote {
  id: string
  /** The frame (or "Elsewhere on the board") the note is in. */
  place: string
  text: string
  /** Names of pictures on or in the note. */
  pictures: string[]
  /** The writer's name, only when they agreed to be credited and did not share it without their name. */
  author: string | null
  /** Votes the note got in votes whose results were shown; null when it was never in one. */
  votes: number | null
  /** When it was made (ms), when known. */
  createdAt: number | null
  /** "We'll try / Who / By when" lines read from a small-try card, when the note has them. */
  fields: Array<{ label: string; value: string }>
  /** The note's picture, carried in the summary itself (a data: address), when it could be read. */
  images: SummaryImage[]
  /** What happened since, when the facilitator wrote it ("You said, we did"). */
  update: YouSaidUpdate | null
}

/** A picture the summary carries inside itself, so the file works offline and by email. */
export interface SummaryImage {
  /** A `data:` address. */
  src: string
  alt: string
}

/** One meeting of the group: a stretch of time when people were here together. */
export interface SummaryMeeting {
  /** In the board's time zone, as words: "3 December 2026". */
  date: string
  from: string
  to: string
  /** People who took part then (facilitators only when they also wrote). */
  people: number
}

/** What the summary's cover says. */
export interface SummaryCover {
  organisation: string | null
  timeZone: string
  meetings: SummaryMeeting[]
  /** When the summary was made, in the board's time zone, as words. */
  made: string
}

export interface SummaryVoteResult {
  text: string
  votes: number
  rank: number
  /** Named votes only: the voters who agreed to be credited. */
  voters: string[]
  /** Named votes only: how many other voters there were. */
  otherVoters: number
}

export interface SummaryVote {
  title: string
  anonymous: boolean
  voterCount: number
  totalVotes: number
  results: SummaryVoteResult[]
}

/** One frame: a template step, "For later", a frame the group made, or the notes outside any frame. */
export interface SummarySection {
  kind: 'step' | 'small-tries' | 'you-said-we-did' | 'for-later' | 'frame' | 'elsewhere'
  frameId: string | null
  title: string
  prompt: string | null
  notes: SummaryNote[]
  /** Pictures in the frame that are not the template's own. */
  pictures: string[]
  /** Those pictures, carried in the summary itself where they could be read. */
  images: SummaryImage[]
  votes: SummaryVote[]
}

export interface SummaryStage {
  title: string
  guidance: string | null
  sections: SummarySection[]
}

export interface SummaryModel {
  title: string
  /** The board's language: every word the summary adds is in it (people's own words are as they wrote them). */
  language: BoardLanguage
  generatedAt: number
  cover: SummaryCover
  stages: SummaryStage[]
  /** The notes the group put aside in "For later"; null when it holds none (or the board has no such frame). */
  forLater: SummarySection | null
  /** Frames the group made, then notes outside any frame. */
  otherSections: SummarySection[]
  /** Votes on chosen notes rather than a frame. */
  otherVotes: SummaryVote[]
  /** False while the board's control doc has no vote results section at all. */
  hasVoteResults: boolean
  /** People who agreed to be credited, in the order they joined. */
  credited: string[]
  /** Everyone else who took part, counted, not named (a facilitator only when they also wrote). */
  othersCount: number
}
