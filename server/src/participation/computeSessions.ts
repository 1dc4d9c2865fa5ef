import { sessionGapMs } from '@wesee/shared'
import type { PresenceEvent } from '../storage/BoardStore.ts'

/** One continuous stretch of presence, in ms since the epoch. */
export interface PresenceSession {
  start: number
  end: number
  /** Still here: `end` is the `now` the sessions were computed at. */
  ongoing: boolean
}

/**
 * Turns one person's arrive/leave events into sessions: a session is
 * continuous presence, where gaps shorter than `gapMs` (a wifi drop, a
 * reload, a short break) are counted as present, so nobody loses pay for
 * them. A person still here has a session ending at `now`.
 *
 * Since the presence heartbeat, a crash no longer leaves an arrive without
 * a leave: on start-up the server writes the leave at the person's last
 * heartbeat (`BoardStore.closeUnfinishedVisits`). Records stored before
 * that can still hold an arrive with no leave before the next arrive: we
 * cannot vouch for time we did not see, so that stretch ends where it began
 * unless the next arrive is within the gap.
 */
export function computeSessions(
  events: readonly Pick<PresenceEvent, 'kind' | 'at'>[],
  now: number,
  gapMs: number = sessionGapMs,
): PresenceSession[] {
  const visits: Array<{ start: number; end: number; ongoing: boolean }> = []
  let arrivedAt: number | null = null
  for (const event of [...events].sort((a, b) => a.at - b.at)) {
    if (event.kind === 'arrive') {
      if (arrivedAt !== null) visits.push({ start: arrivedAt, end: arrivedAt, ongoing: false })
      arrivedAt = event.at
    } else if (arrivedAt !== null) {
      visits.push({ start: arrivedAt, end: Math.max(arrivedAt, event.at), ongoing: false })
      arrivedAt = null
    }
    // A leave with no arrive before it says nothing about time present.
  }
  if (arrivedAt !== null) visits.push({ start: arrivedAt, end: Math.max(arrivedAt, now), ongoing: true })

  const sessions: PresenceSession[] = []
  for (const visit of visits) {
    const last = sessions[sessions.length - 1]
    if (last && visit.start - last.end < gapMs) {
      last.end = Math.max(last.end, visit.end)
      last.ongoing = visit.ongoing
    } else {
      sessions.push({ ...visit })
    }
  }
  return sessions
}

/** Whole minutes of a session, to the nearest minute. */
export function sessionMinutes(session: Pick<PresenceSession, 'start' | 'end'>): number {
  return Math.round((session.end - session.start) / 60_000)
}
