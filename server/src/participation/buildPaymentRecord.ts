import {
  amountForSession,
  creditedName,
  avatarNameIn,
  boardT,
  personRef,
  type BoardSettings,
  type ControlSnapshot,
  type ParticipationRecord,
  type PaymentRecord,
} from '@wesee/shared'
import { zonedClock, zonedDate, zonedDateTime } from '../revisit/zonedTime.ts'

/**
 * The payment record, from the participation record (sessions and minutes,
 * which already forgive short gaps) and the board's settings. Facilitators
 * are left out: they run the session and are paid in other ways.
 */
export function buildPaymentRecord(input: {
  participation: ParticipationRecord
  control: ControlSnapshot
  settings: BoardSettings
  now: number
}): PaymentRecord {
  const { settings } = input
  const zone = settings.timeZone
  const { language } = settings
  const profiles = new Map(input.control.participants.map((profile) => [profile.id, profile]))
  const people = input.participation.people
    .filter((person) => !person.isFacilitator)
    .map((person) => {
      const profile = profiles.get(person.participantId)
      const sessions = person.sessions.map((session) => {
        const start = Date.parse(session.start)
        const end = Date.parse(session.end)
        return {
          date: zonedDate(start, zone, language),
          arrived: zonedClock(start, zone, language),
          left: zonedClock(end, zone, language),
          minutes: session.minutes,
          ongoing: session.ongoing,
          amount: amountForSession(session.minutes, settings.payPerHour, settings.minimumPerSession),
        }
      })
      const paid = settings.payPerHour !== null
      return {
        who:
          creditedName(profile) ??
          avatarNameIn(person.avatar, language) ??
          boardT(language)('common.someone'),
        ref: personRef(person.participantId),
        sessions,
        totalMinutes: person.totalMinutes,
        totalAmount: paid ? sessions.reduce((sum, session) => sum + (session.amount ?? 0), 0) : null,
      }
    })
  return {
    boardId: input.participation.boardId,
    title: input.participation.title,
    organisation: settings.organisation,
    timeZone: zone,
    currency: settings.currency,
    payPerHour: settings.payPerHour,
    minimumPerSession: settings.minimumPerSession,
    made: zonedDateTime(input.now, zone, language),
    language,
    people,
    totalAmount:
      settings.payPerHour === null
        ? null
        : people.reduce((sum, person) => sum + (person.totalAmount ?? 0), 0),
  }
}
