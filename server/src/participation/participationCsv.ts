import { boardT, type BoardLanguage, type ParticipationRecord } from '@wesee/shared'
import { toCsv } from '../csv/toCsv.ts'

/**
 * The participation record as a spreadsheet: one row per session (a person
 * with no session still gets a row), with their totals on every row so it
 * can be filtered or summed either way.
 */
export function participationCsv(record: ParticipationRecord, language: BoardLanguage): string {
  const t = boardT(language)
  const columns = [
    'name',
    'facilitator',
    'firstJoined',
    'session',
    'sessionStart',
    'sessionEnd',
    'sessionMinutes',
    'totalMinutes',
    'sessions',
    'notes',
    'votes',
  ]
  const rows: Array<Array<string | number | null>> = [
    columns.map((column) => t(`participation.columns.${column}`)),
  ]
  const yes = t('participation.yes')
  const no = t('participation.no')
  for (const person of record.people) {
    const common = [person.name, person.isFacilitator ? yes : no, person.firstJoined] as const
    const totals = [person.totalMinutes, person.sessions.length, person.notes, person.votes] as const
    if (person.sessions.length === 0) rows.push([...common, null, null, null, 0, ...totals])
    person.sessions.forEach((session, i) =>
      rows.push([...common, i + 1, session.start, session.end, session.minutes, ...totals]),
    )
  }
  return toCsv(rows)
}
