import { formatMoney, type PaymentRecord } from '@wesee/shared'
import { escapeHtml as e } from '../summary/escapeText.ts'
import { htmlLanguage } from '../summary/htmlLanguage.ts'
import { paymentWordsIn } from './paymentWords.ts'

const style = `
body { font-family: system-ui, sans-serif; font-size: 18px; line-height: 1.5; color: #1b1b1f; max-width: 56rem; margin: 2rem auto; padding: 0 1rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1.5rem; } th, td { border: 1px solid #8a8a94; padding: 0.3rem 0.5rem; text-align: left; }
td.n, th.n { text-align: right; } .meta { color: #4a4a55; } h2 { font-size: 1.3rem; margin-top: 1.5rem; }
@media print { body { margin: 0; max-width: none; } section { break-inside: avoid; } }
`

/** The payment record as a page to print or save, one table per person. Every name is escaped. */
export function renderPaymentHtml(record: PaymentRecord): string {
  const words = paymentWordsIn(record.language)
  const formatted = (pence: number) => formatMoney(pence, record.currency, record.language)
  const money = (pence: number | null) => (pence === null ? '' : e(formatted(pence)))
  const rate =
    record.payPerHour === null
      ? words.noRate
      : words.rate(
          formatted(record.payPerHour),
          record.minimumPerSession ? formatted(record.minimumPerSession) : null,
        )
  const parts = [
    '<!doctype html>',
    `<html ${htmlLanguage(record.language)}>`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(words.heading(record.title))}</title><style>${style}</style></head>`,
    '<body><main>',
    `<h1>${e(words.heading(record.title))}</h1>`,
    record.organisation ? `<p><strong>${e(record.organisation)}</strong></p>` : '',
    `<p class="meta">${e(words.made(record.made, record.timeZone))}</p>`,
    `<p>${e(words.what)}</p>`,
    `<p>${e(rate)}</p>`,
    `<p class="meta">${e(words.gap)} ${e(words.names)} ${e(words.refHint)}</p>`,
  ]
  for (const person of record.people) {
    parts.push(`<section><h2>${e(person.who)} <span class="meta">(${e(person.ref)})</span></h2><table>`)
    parts.push(
      `<thead><tr>${words.tableHeader.map((h, i) => `<th scope="col"${i >= 3 ? ' class="n"' : ''}>${e(h)}</th>`).join('')}</tr></thead><tbody>`,
    )
    for (const session of person.sessions) {
      parts.push(
        `<tr><td>${e(session.date)}</td><td>${e(session.arrived)}</td><td>${e(session.ongoing ? words.stillHere : session.left)}</td>` +
          `<td class="n">${session.minutes}</td><td class="n">${money(session.amount)}</td></tr>`,
      )
    }
    parts.push(
      `</tbody><tfoot><tr><th scope="row" colspan="3">${e(words.total)}</th><td class="n">${person.totalMinutes}</td><td class="n">${money(person.totalAmount)}</td></tr></tfoot></table></section>`,
    )
  }
  if (record.totalAmount !== null) {
    parts.push(`<p data-total><strong>${e(words.totalAmount(formatted(record.totalAmount)))}</strong></p>`)
  }
  parts.push('</main></body></html>', '')
  return parts.filter(Boolean).join('\n')
}
