/**
 * A small registry of counters, gauges and histograms that renders the
 * Prometheus text exposition format (version 0.0.4). Written here rather
 * than taken from a library: WeSee needs a handful of metrics, and every
 * label value comes from a fixed set the code names, never from a request.
 */

export type Labels = Readonly<Record<string, string>>

const metricName = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/
const labelName = /^[a-zA-Z_][a-zA-Z0-9_]*$/

interface Metric {
  readonly name: string
  render(): string[]
}

/** One value per combination of label values, kept in the order first seen. */
class Series {
  private readonly values = new Map<string, { labels: Labels; value: number }>()

  constructor(
    private readonly name: string,
    private readonly labelNames: readonly string[],
  ) {
    for (const label of labelNames) {
      if (!labelName.test(label) || label === 'le') throw new Error(`${name}: bad label name ${label}`)
    }
  }

  add(labels: Labels, by: number): void {
    this.entry(labels).value += by
  }

  set(labels: Labels, value: number): void {
    this.entry(labels).value = value
  }

  lines(): string[] {
    return [...this.values.values()].map(
      ({ labels, value }) => `${this.name}${renderLabels(labels)} ${renderNumber(value)}`,
    )
  }

  private entry(labels: Labels): { labels: Labels; value: number } {
    const given = Object.keys(labels)
    if (given.length !== this.labelNames.length || !this.labelNames.every((label) => label in labels)) {
      throw new Error(
        `${this.name} takes the labels [${this.labelNames.join(', ')}], not [${given.join(', ')}]`,
      )
    }
    const key = JSON.stringify(this.labelNames.map((label) => labels[label]))
    let entry = this.values.get(key)
    if (!entry) {
      const ordered: Record<string, string> = {}
      for (const label of this.labelNames) ordered[label] = labels[label]!
      entry = { labels: ordered, value: 0 }
      this.values.set(key, entry)
    }
    return entry
  }
}

/** A number that only goes up (until the process restarts). */
export class Counter implements Metric {
  private readonly series: Series

  constructor(
    readonly name: string,
    private readonly help: string,
    labelNames: readonly string[] = [],
  ) {
    this.series = new Series(name, labelNames)
    // A counter without labels is 0 from the start, so a rate over it is defined.
    if (labelNames.length === 0) this.series.add({}, 0)
  }

  inc(labels: Labels = {}, by = 1): void {
    if (!(by >= 0)) throw new Error(`${this.name} can only go up`)
    this.series.add(labels, by)
  }

  /** Makes a label combination appear at 0 before its first hit. */
  declare(labels: Labels): void {
    this.series.add(labels, 0)
  }

  render(): string[] {
    return [...header(this.name, this.help, 'counter'), ...this.series.lines()]
  }
}

/** A number that is whatever it is now (set just before each scrape). */
export class Gauge implements Metric {
  private readonly series: Series

  constructor(
    readonly name: string,
    private readonly help: string,
    labelNames: readonly string[] = [],
  ) {
    this.series = new Series(name, labelNames)
  }

  set(labels: Labels, value: number): void {
    this.series.set(labels, value)
  }

  render(): string[] {
    return [...header(this.name, this.help, 'gauge'), ...this.series.lines()]
  }
}

/** How long things took, counted in buckets (upper bounds, in seconds). */
export class Histogram implements Metric {
  private readonly bounds: number[]
  private readonly counts: number[]
  private sum = 0
  private count = 0

  constructor(
    readonly name: string,
    private readonly help: string,
    buckets: readonly number[],
  ) {
    this.bounds = [...buckets].sort((a, b) => a - b)
    this.counts = this.bounds.map(() => 0)
  }

  observe(value: number): void {
    const index = this.bounds.findIndex((bound) => value <= bound)
    if (index >= 0) this.counts[index]!++
    this.sum += value
    this.count++
  }

  render(): string[] {
    const lines = header(this.name, this.help, 'histogram')
    let cumulative = 0
    this.bounds.forEach((bound, i) => {
      cumulative += this.counts[i]!
      lines.push(`${this.name}_bucket{le="${renderNumber(bound)}"} ${cumulative}`)
    })
    lines.push(`${this.name}_bucket{le="+Inf"} ${this.count}`)
    lines.push(`${this.name}_sum ${renderNumber(this.sum)}`)
    lines.push(`${this.name}_count ${this.count}`)
    return lines
  }
}

export class MetricsRegistry {
  private readonly metrics: Metric[] = []

  counter(name: string, help: string, labelNames: readonly string[] = []): Counter {
    return this.add(new Counter(name, help, labelNames))
  }

  gauge(name: string, help: string, labelNames: readonly string[] = []): Gauge {
    return this.add(new Gauge(name, help, labelNames))
  }

  histogram(name: string, help: string, buckets: readonly number[]): Histogram {
    return this.add(new Histogram(name, help, buckets))
  }

  /** Every metric as Prometheus text, ending with a newline. */
  render(): string {
    return this.metrics.flatMap((metric) => metric.render()).join('\n') + '\n'
  }

  private add<M extends Metric>(metric: M): M {
    if (!metricName.test(metric.name)) throw new Error(`bad metric name ${metric.name}`)
    if (this.metrics.some((known) => known.name === metric.name)) {
      throw new Error(`${metric.name} is registered twice`)
    }
    this.metrics.push(metric)
    return metric
  }
}

function header(name: string, help: string, type: string): string[] {
  return [`# HELP ${name} ${help.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}`, `# TYPE ${name} ${type}`]
}

function renderLabels(labels: Labels): string {
  const pairs = Object.entries(labels).map(
    ([name, value]) => `${name}="${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`,
  )
  return pairs.length === 0 ? '' : `{${pairs.join(',')}}`
}

function renderNumber(value: number): string {
  if (Number.isNaN(value)) return 'NaN'
  if (value === Infinity) return '+Inf'
  if (value === -Infinity) return '-Inf'
  return String(value)
}
