/**
 * What everyone may see about a vote: the `vote` section of the control doc.
 * Ballots (who put which vote where) stay on the server and never appear
 * here; per-note counts appear only once results are visible (live, or
 * revealed), and voters only when the vote was named.
 */

/** Most votes one person may have in a vote. */
export const maxVotesPerPerson = 10
export const defaultVotesPerPerson = 3
/** Most notes one vote may hold. */
export const maxVoteNotes = 500
/** How many finished votes the board keeps in `voteResults`, newest last. */
export const maxKeptVoteResults = 20

export type VoteResultsMode = 'live' | 'hidden'

/** Named votes only: how many votes one person put on a note. */
export interface VoterCount {
  participantId: string
  votes: number
}

/** One note's result. */
export interface VoteNoteResult {
  shapeId: string
  /** The note's words when the votes were counted, so results read well after it changes or goes. */
  text: string
  votes: number
  /** 1 for the most votes; equal votes share a rank (1, 1, 3). */
  rank: number
  /** Named votes only. */
  voters?: VoterCount[]
}

/** The counted votes, most votes first. */
export interface VoteTally {
  notes: VoteNoteResult[]
  totalVotes: number
}

export interface VoteState {
  id: string
  status: 'open' | 'ended'
  /** The frame voted in, or null when the facilitator chose the notes. */
  frameId: string | null
  /** Where the vote is, in words (the frame's name), for announcements and results. */
  title: string
  /** The notes that may be voted for, in reading order. */
  shapeIds: string[]
  votesPerPerson: number
  allowSameNoteTwice: boolean
  /** True (the default): nobody ever sees who voted for what. */
  anonymous: boolean
  results: VoteResultsMode
  /** Results are visible to everyone (revealed, or live). */
  revealed: boolean
  startedAt: number
  endedAt: number | null
  /**
   * When the results first showed to everyone (at the start for live
   * results), or null while hidden. Optional: votes saved before it existed
   * have none. The projector keeps results that showed after the group
   * moved on.
   */
  revealedAt?: number | null
  /** How many people have voted so far (at least one vote in). */
  voterCount: number
  /** Null while the results are hidden. */
  tally: VoteTally | null
}

/** A finished vote whose results everyone has seen, kept so the group can look again later. */
export interface PastVote {
  id: string
  title: string
  anonymous: boolean
  votesPerPerson: number
  startedAt: number
  endedAt: number
  voterCount: number
  tally: VoteTally
}

/** One person's own votes: sent only to them (or the facilitator voting for them), never broadcast. */
export interface MyVotes {
  /** The open or last vote, or null when there has been none. */
  voteId: string | null
  participantId: string
  votesPerPerson: number
  votesLeft: number
  /** Note id → how many of this person's votes are on it. */
  votes: Record<string, number>
}
