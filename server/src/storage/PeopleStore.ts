import type { ParticipantRow, PresenceEvent } from './BoardStore.ts'

/**
 * The people of each board (only a hash of their token) and when they came
 * and went (the participation record). Async, as a database across the
 * network is; what has resolved is stored.
 */
export interface PeopleStore {
  addParticipant(participant: ParticipantRow): Promise<void>
  /** The participant of a board whose token hashes to `tokenHash`. */
  findParticipantByTokenHash(boardId: string, tokenHash: string): Promise<ParticipantRow | null>
  recordPresence(event: PresenceEvent): Promise<void>
  /** A board's arrivals and leavings, oldest first. */
  presenceEvents(boardId: string): Promise<PresenceEvent[]>
  /** Writes down that these people are still here at `at` (the presence heartbeat), in one transaction. */
  recordLastSeen(people: ReadonlyArray<{ boardId: string; participantId: string }>, at: number): Promise<void>
  /**
   * After a crash: gives every visit with no "leave" one at the person's last
   * heartbeat (or at their arrival, when none was written). Run at start-up,
   * before anyone connects; with several nodes, only for boards no node owns.
   * Returns how many visits it closed.
   */
  closeUnfinishedVisits(boardIds?: readonly string[]): Promise<number>
}
