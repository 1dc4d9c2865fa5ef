import { sessionGapMs, type BoardLanguage } from '@wesee/shared'
import { computeSessions } from '../participation/computeSessions.ts'
import { zonedClock, zonedDate } from '../revisit/zonedTime.ts'
import type { PresenceEvent } from '../storage/BoardStore.ts'
import type { SummaryMeeting } from './SummaryModel.ts'

/**
 * The group's meetings, from when people were here: everyone's sessions laid
 * together, and stretches closer than the session gap joined into one. Each
 * meeting counts the people who took part in it (`counts` says who counts:
 * a facilitator only when they also wrote).
 */
export function meetingsFrom(
  presence: readonly PresenceEvent[],
  counts: (participantId: string) => boolean,
  timeZone: string,
  now: number,
  language: BoardLanguage,
): SummaryMeeting[] {
  const byPerson = new Map<string, PresenceEvent[]>()
  for (const event of presence)
    byPerson.set(event.participantId, [...(byPerson.get(event.participantId) ?? []), event])
  const stretches = [...byPerson].flatMap(([participantId, events]) =>
    computeSessions(events, now).map((session) => ({ ...session, participantId })),
  )
  stretches.sort((a, b) => a.start - b.start)
  const meetings: Array<{ start: number; end: number; people: Set<string> }> = []
  for (const stretch of stretches) {
    const last = meetings[meetings.length - 1]
    if (last && stretch.start - last.end < sessionGapMs) {
      last.end = Math.max(last.end, stretch.end)
      if (counts(stretch.participantId)) last.people.add(stretch.participantId)
    } else {
      meetings.push({
        start: stretch.start,
        end: stretch.end,
        people: new Set(counts(stretch.participantId) ? [stretch.participantId] : []),
      })
    }
  }
  return meetings
    .filter((meeting) => meeting.people.size > 0)
    .map((meeting) => ({
      date: zonedDate(meeting.start, timeZone, language),
      from: zonedClock(meeting.start, timeZone, language),
      to: zonedClock(meeting.end, timeZone, language),
      people: meeting.people.size,
    }))
}
