import {
  displayName,
  isNoteShape,
  sessionGapMs,
  shapeAuthorId,
  type ControlSnapshot,
  type ParticipationRecord,
} from '@wesee/shared'
import type { BoardRow, PresenceEvent } from '../storage/BoardStore.ts'
import { computeSessions, sessionMinutes } from './computeSessions.ts'

/**
 * Builds the participation record of a board from what the server saw:
 * presence events (sessions and minutes), the people in the control doc,
 * the notes on the board (by `meta.authorId`) and the votes cast.
 */
export function buildParticipationRecord(input: {
  board: Pick<BoardRow, 'id' | 'title'>
  control: ControlSnapshot
  presence: readonly PresenceEvent[]
  records: Iterable<unknown>
  votesByParticipant: ReadonlyMap<string, number>
  now: number
}): ParticipationRecord {
  const notesBy = new Map<string, number>()
  for (const record of input.records) {
    if (!isNoteShape(record)) continue
    const author = shapeAuthorId(record)
    if (author) notesBy.set(author, (notesBy.get(author) ?? 0) + 1)
  }
  const eventsBy = new Map<string, PresenceEvent[]>()
  for (const event of input.presence) {
    const list = eventsBy.get(event.participantId) ?? []
    list.push(event)
    eventsBy.set(event.participantId, list)
  }
  const people = input.control.participants.map((profile) => {
    const events = eventsBy.get(profile.id) ?? []
    const sessions = computeSessions(events, input.now).map((session) => ({
      start: new Date(session.start).toISOString(),
      end: new Date(session.end).toISOString(),
      minutes: sessionMinutes(session),
      ongoing: session.ongoing,
    }))
    const firstJoined = Math.min(profile.joinedAt, ...events.map((event) => event.at))
    return {
      participantId: profile.id,
      name: displayName(profile),
      avatar: profile.avatar,
      isFacilitator: profile.isFacilitator,
      firstJoined: new Date(firstJoined).toISOString(),
      sessions,
      totalMinutes: sessions.reduce((sum, session) => sum + session.minutes, 0),
      notes: notesBy.get(profile.id) ?? 0,
      votes: input.votesByParticipant.get(profile.id) ?? 0,
    }
  })
  people.sort((a, b) => a.firstJoined.localeCompare(b.firstJoined) || a.name.localeCompare(b.name))
  return {
    boardId: input.board.id,
    title: input.board.title,
    generatedAt: new Date(input.now).toISOString(),
    sessionGapMinutes: sessionGapMs / 60_000,
    people,
  }
}
