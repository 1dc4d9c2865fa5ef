import { formatMoney, type PaymentRecord } from '@wesee/shared'
import { toCsv } from '../csv/toCsv.ts'
import { paymentWordsIn } from './paymentWords.ts'

/** The payment record as a spreadsheet: one row per session, each person's totals on every row, then the total. */
export function paymentCsv(record: PaymentRecord): string {
  const words = paymentWordsIn(record.language)
  const money = (pence: number | null) =>
    pence === null ? null : formatMoney(pence, record.currency, record.language)
  const rows: Array<Array<string | number | null>> = [[...words.csvHeader]]
  for (const person of record.people) {
    const totals = [person.totalMinutes, money(person.totalAmount)] as const
    if (person.sessions.length === 0)
      rows.push([person.who, person.ref, null, null, null, 0, null, ...totals])
    for (const session of person.sessions) {
      rows.push([
        person.who,
        person.ref,
        session.date,
        session.arrived,
        session.ongoing ? words.stillHere : session.left,
        session.minutes,
        money(session.amount),
        ...totals,
      ])
    }
  }
  if (record.totalAmount !== null)
    rows.push([words.total, null, null, null, null, null, money(record.totalAmount), null, null])
  return toCsv(rows)
}
