/**
 * The participation record: who took part and for how long, so people can
 * be paid for their time (`GET /api/boards/:id/participation`). Only the
 * facilitator key may read it.
 */

/** Gaps shorter than this join two visits into one session (a wifi drop, a reload, a tea break). */
export const sessionGapMs = 10 * 60 * 1000

/** One continuous stretch of presence (gaps under `sessionGapMs` included). */
export interface ParticipationSession {
  /** ISO time they arrived. */
  start: string
  /** ISO time they left, or the time the record was made while they are still here. */
  end: string
  /** Whole minutes, rounded to the nearest minute. */
  minutes: number
  /** True while they are still here: `end` is "now". */
  ongoing: boolean
}

/** One person's part in the board. */
export interface ParticipantParticipation {
  participantId: string
  /** Their name, or "Someone (Cat)" when they joined without it. */
  name: string
  avatar: string
  isFacilitator: boolean
  /** ISO time they first joined the board. */
  firstJoined: string
  sessions: ParticipationSession[]
  totalMinutes: number
  /** Notes on the board written by them (private notes count once shared or revealed). */
  notes: number
  /** Votes they cast (counted by the server's ballot box). */
  votes: number
}

/** Response of `GET /api/boards/:id/participation?format=json`. */
export interface ParticipationRecord {
  boardId: string
  title: string
  /** ISO time the record was made. */
  generatedAt: string
  sessionGapMinutes: number
  people: ParticipantParticipation[]
}
