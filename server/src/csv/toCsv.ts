/**
 * Writes rows as CSV (RFC 4180, CRLF lines). A cell that a spreadsheet
 * would run as a formula (starting with =, +, -, @, tab or CR) gets a
 * leading apostrophe, so a note that says "=HYPERLINK(…)" stays words.
 */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

function csvCell(value: string | number | null): string {
  if (value === null) return ''
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
