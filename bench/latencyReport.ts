import type { LatencyResult } from './latency.ts'
import { ms, type ReportRow } from './report.ts'

/** The one-line outcome of a latency scenario, printed as it finishes. */
export function describeLatency(r: LatencyResult): string {
  const { p50, p95, p99, max, count } = r.latency
  const others = r.readerServersCpuSecondsPer1000.map(cpuSeconds)
  return (
    `p50 ${ms(p50)}, p95 ${ms(p95)}, p99 ${ms(p99)}, max ${ms(max)}; ${count} observations, ${r.missing} missing; ` +
    `server CPU ${cpu(r)} per 1,000 delivered` +
    (others.length > 0 ? ` (the readers' nodes: ${others.join(', ')})` : '')
  )
}

/** The writers' server's CPU seconds per 1,000 delivered updates. */
export function cpu(r: LatencyResult): string {
  return cpuSeconds(r.cpuSecondsPer1000)
}

/** CPU seconds to four places: a few thousandths per 1,000 updates is usual, and three places hid the differences. */
export function cpuSeconds(seconds: number): string {
  return `${seconds.toFixed(4)} s`
}

/** p50 / p95 / p99 (and any missing), against a p99 target when there is one. */
export function latencyRow(measure: string, result: LatencyResult, p99TargetMs?: number): ReportRow {
  const { p50, p95, p99 } = result.latency
  const row: ReportRow = { measure, result: `${p50.toFixed(1)} / ${p95.toFixed(1)} / ${p99.toFixed(1)} ms` }
  if (result.missing > 0) row.result += ` (${result.missing} missing)`
  if (p99TargetMs !== undefined) {
    row.target = `p99 < ${p99TargetMs} ms`
    row.met = p99 < p99TargetMs && result.missing === 0
  }
  return row
}
