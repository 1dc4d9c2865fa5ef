/** One line of the results table. */
export interface ReportRow {
  measure: string
  result: string
  /** The goal, in words, when there is one. */
  target?: string
  /** Whether the result meets the target; undefined when there is none. */
  met?: boolean
}

/** Prints the rows as an aligned plain-text table. */
export function printTable(rows: readonly ReportRow[]): void {
  const header = { measure: 'Measure', result: 'Result', target: 'Target', status: '' }
  const lines = rows.map((row) => ({
    measure: row.measure,
    result: row.result,
    target: row.target ?? '—',
    status: row.met === undefined ? '' : row.met ? 'ok' : 'MISSED',
  }))
  const widths = {
    measure: Math.max(header.measure.length, ...lines.map((l) => l.measure.length)),
    result: Math.max(header.result.length, ...lines.map((l) => l.result.length)),
    target: Math.max(header.target.length, ...lines.map((l) => l.target.length)),
  }
  const format = (l: typeof header) =>
    `${l.measure.padEnd(widths.measure)}  ${l.result.padEnd(widths.result)}  ${l.target.padEnd(widths.target)}  ${l.status}`.trimEnd()
  console.log(format(header))
  console.log('-'.repeat(widths.measure + widths.result + widths.target + 12))
  for (const line of lines) console.log(format(line))
}

export function ms(value: number): string {
  return `${value.toFixed(1)} ms`
}

export function mib(bytes: number): string {
  return `${(bytes / 1024 ** 2).toFixed(1)} MiB`
}

export function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`
}
