import { expect, test } from 'vitest'
import { MetricsRegistry } from './MetricsRegistry.ts'

test('renders HELP, TYPE and samples, escaping help text and label values', () => {
  const registry = new MetricsRegistry()
  const counter = registry.counter('things_total', 'Things with a \\ and a\nnewline.', ['kind'])
  counter.inc({ kind: 'say "hi"\\\n' })
  registry.gauge('level', 'A level.').set({}, 2.5)
  expect(registry.render()).toBe(
    [
      '# HELP things_total Things with a \\\\ and a\\nnewline.',
      '# TYPE things_total counter',
      'things_total{kind="say \\"hi\\"\\\\\\n"} 1',
      '# HELP level A level.',
      '# TYPE level gauge',
      'level 2.5',
      '',
    ].join('\n'),
  )
})

test('a histogram renders cumulative buckets, +Inf, sum and count', () => {
  const registry = new MetricsRegistry()
  const histogram = registry.histogram('took_seconds', 'Took.', [0.1, 0.01])
  for (const value of [0.005, 0.05, 5]) histogram.observe(value)
  expect(registry.render()).toContain(
    [
      'took_seconds_bucket{le="0.01"} 1',
      'took_seconds_bucket{le="0.1"} 2',
      'took_seconds_bucket{le="+Inf"} 3',
      'took_seconds_sum 5.055',
      'took_seconds_count 3',
    ].join('\n'),
  )
})

test('wrong labels, a counter going down and a name twice are programming errors', () => {
  const registry = new MetricsRegistry()
  const counter = registry.counter('hits_total', 'Hits.', ['limit'])
  expect(() => counter.inc({})).toThrow(/takes the labels \[limit\]/)
  expect(() => counter.inc({ limit: 'a', board: 'b' })).toThrow(/takes the labels/)
  expect(() => counter.inc({ limit: 'a' }, -1)).toThrow(/only go up/)
  expect(() => registry.gauge('hits_total', 'Again.')).toThrow(/twice/)
  expect(() => registry.gauge('bad-name', 'Bad.')).toThrow(/bad metric name/)
})
