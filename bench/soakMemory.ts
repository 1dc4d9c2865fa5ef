import type { CheckResult } from './soakChecks.ts'

/** One node's RSS after a full collection, at the end of a minute. */
export interface MemorySample {
  minute: number
  node: number
  /** Whole minutes the process in that slot had been running. */
  age: number
  rssBytes: number
}

/** Growth allowed between two processes of the same node at the same age: GC and allocator noise, not a leak. */
const allowedGrowth = { factor: 1.25, bytes: 20 * 1024 * 1024 }

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0)

/** The series as a table: a row a minute, a column a node, "MB (age in minutes)", `*` where a restart followed. */
export function memoryTable(
  samples: MemorySample[],
  nodes: number,
  restartedAfter: Map<number, number>,
): string {
  const minutes = [...new Set(samples.map((s) => s.minute))].sort((a, b) => a - b)
  const header = `minute  ${Array.from({ length: nodes }, (_, n) => `node${n} MB (age)`.padEnd(18)).join('')}`
  const rows = minutes.map((minute) => {
    const cells = Array.from({ length: nodes }, (_, node) => {
      const sample = samples.find((s) => s.minute === minute && s.node === node)
      const mark = restartedAfter.get(minute) === node ? ' *' : ''
      return (sample ? `${mb(sample.rssBytes)} (${sample.age})${mark}` : '-').padEnd(18)
    })
    return `${String(minute).padStart(6)}  ${cells.join('')}`
  })
  return [header, ...rows, '(* restarted after this reading: a new process, so its age starts again)'].join(
    '\n',
  )
}

/**
 * Memory is flat when no node's process, at a given age, holds much more
 * than an earlier process of that node did at the same age. Every node is
 * restarted in turn, so comparing whole-run first and last readings would
 * compare a three-minute-old process with a fresh one; comparing equal ages
 * asks instead whether what the cluster has lived through (boards moving,
 * PostgreSQL logs growing, reconnections) makes each new process heavier.
 */
export function judgeMemory(samples: MemorySample[], nodes: number): CheckResult {
  const compared: string[] = []
  const grown: string[] = []
  for (let node = 0; node < nodes; node++) {
    const own = samples.filter((s) => s.node === node)
    const ages = [...new Set(own.map((s) => s.age))].sort((a, b) => b - a)
    // The oldest age reached by at least two processes: the longest stretch each lived through.
    const age = ages.find((a) => own.filter((s) => s.age === a).length >= 2)
    if (age === undefined) continue
    const atAge = own.filter((s) => s.age === age)
    const first = atAge[0]!
    const last = atAge[atAge.length - 1]!
    const words = `node${node} at ${age} min old: ${mb(first.rssBytes)} MB (minute ${first.minute}) → ${mb(last.rssBytes)} MB (minute ${last.minute})`
    compared.push(words)
    if (last.rssBytes > first.rssBytes * allowedGrowth.factor + allowedGrowth.bytes) grown.push(words)
  }
  if (compared.length === 0)
    return {
      check: 'server memory is flat',
      ok: true,
      detail: 'not judged: too short for a node to reach the same age twice (7 minutes or more)',
    }
  return {
    check: 'server memory is flat',
    ok: grown.length === 0,
    detail:
      grown.length === 0
        ? `within ×${allowedGrowth.factor} + ${mb(allowedGrowth.bytes)} MB: ${compared.join('; ')}`
        : `grew: ${grown.join('; ')}`,
  }
}
