import { expect } from 'vitest'

export interface Sample {
  name: string
  labels: Record<string, string>
  value: number
}

export interface Family {
  type: 'counter' | 'gauge' | 'histogram'
  help: string
  samples: Sample[]
}

const name = '[a-zA-Z_:][a-zA-Z0-9_:]*'
const helpLine = new RegExp(`^# HELP (${name}) (.*)$`)
const typeLine = new RegExp(`^# TYPE (${name}) (counter|gauge|histogram)$`)
const sampleLine = new RegExp(`^(${name})(?:\\{(.*)\\})? (\\S+)$`)
const labelPair = /^([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\["\\n])*)"(,|$)/

/**
 * A strict reader of the Prometheus text format, as WeSee writes it: every
 * line is a HELP, a TYPE or a sample `name{labels} value`; every sample
 * belongs to a family whose TYPE came first (a histogram's samples are its
 * `_bucket`, `_sum` and `_count`); nothing is declared twice; the text ends
 * with a newline. Throws on the first line that breaks a rule.
 */
export function parsePrometheusText(text: string): Map<string, Family> {
  if (!text.endsWith('\n')) throw new Error('the text must end with a newline')
  const families = new Map<string, Family>()
  const helps = new Map<string, string>()
  const lines = text.slice(0, -1).split('\n')
  lines.forEach((line, index) => {
    const where = `line ${index + 1} (${JSON.stringify(line)})`
    const help = helpLine.exec(line)
    if (help) {
      if (helps.has(help[1]!)) throw new Error(`${where}: a second HELP`)
      if (families.has(help[1]!)) throw new Error(`${where}: HELP after TYPE`)
      helps.set(help[1]!, help[2]!)
      return
    }
    const type = typeLine.exec(line)
    if (type) {
      if (families.has(type[1]!)) throw new Error(`${where}: a second TYPE`)
      families.set(type[1]!, {
        type: type[2] as Family['type'],
        help: helps.get(type[1]!) ?? '',
        samples: [],
      })
      return
    }
    const sample = sampleLine.exec(line)
    if (!sample) throw new Error(`${where}: not a HELP, a TYPE or a sample`)
    const [, sampleName, rawLabels, rawValue] = sample as unknown as [
      string,
      string,
      string | undefined,
      string,
    ]
    const family = familyOf(families, sampleName)
    if (!family) throw new Error(`${where}: no TYPE before this sample`)
    family.samples.push({
      name: sampleName,
      labels: parseLabels(rawLabels ?? '', where),
      value: parseValue(rawValue, where),
    })
  })
  for (const [familyName, family] of families) {
    if (!family.help) throw new Error(`${familyName} has no HELP`)
    if (family.type === 'histogram') checkHistogram(familyName, family)
  }
  return families
}

/** The value of one sample, or undefined when there is none with exactly these labels. */
export function sampleValue(
  families: Map<string, Family>,
  sampleName: string,
  labels: Record<string, string> = {},
): number | undefined {
  const family = familyOf(families, sampleName)
  return family?.samples.find(
    (sample) =>
      sample.name === sampleName &&
      Object.keys(sample.labels).length === Object.keys(labels).length &&
      Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
  )?.value
}

function familyOf(families: Map<string, Family>, sampleName: string): Family | undefined {
  const exact = families.get(sampleName)
  if (exact) return exact
  const base = sampleName.replace(/_(bucket|sum|count)$/, '')
  const histogram = families.get(base)
  return histogram?.type === 'histogram' && base !== sampleName ? histogram : undefined
}

function parseLabels(raw: string, where: string): Record<string, string> {
  const labels: Record<string, string> = {}
  let rest = raw
  while (rest.length > 0) {
    const pair = labelPair.exec(rest)
    if (!pair) throw new Error(`${where}: unreadable labels`)
    if (pair[1]! in labels) throw new Error(`${where}: label ${pair[1]} twice`)
    labels[pair[1]!] = pair[2]!.replace(/\\(["\\n])/g, (_, c: string) => (c === 'n' ? '\n' : c))
    rest = rest.slice(pair[0].length)
    if (pair[3] === ',' && rest.length === 0) throw new Error(`${where}: a trailing comma`)
  }
  return labels
}

function parseValue(raw: string, where: string): number {
  if (raw === '+Inf') return Infinity
  if (raw === '-Inf') return -Infinity
  if (raw === 'NaN') return NaN
  if (!/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(raw)) throw new Error(`${where}: ${raw} is not a number`)
  return Number(raw)
}

function checkHistogram(familyName: string, family: Family): void {
  const buckets = family.samples.filter((s) => s.name === `${familyName}_bucket`)
  const count = family.samples.find((s) => s.name === `${familyName}_count`)
  expect(
    family.samples.some((s) => s.name === `${familyName}_sum`),
    `${familyName}_sum`,
  ).toBe(true)
  expect(buckets.at(-1)?.labels.le, `${familyName} ends with le="+Inf"`).toBe('+Inf')
  expect(buckets.at(-1)?.value, `${familyName}: +Inf bucket is the count`).toBe(count?.value)
  for (let i = 1; i < buckets.length; i++) {
    expect(bound(buckets[i]!), `${familyName} buckets rise`).toBeGreaterThan(bound(buckets[i - 1]!))
    expect(buckets[i]!.value, `${familyName} buckets are cumulative`).toBeGreaterThanOrEqual(
      buckets[i - 1]!.value,
    )
  }
}

function bound(bucket: Sample): number {
  return bucket.labels.le === '+Inf' ? Infinity : Number(bucket.labels.le)
}
