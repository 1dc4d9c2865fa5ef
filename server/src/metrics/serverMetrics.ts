import { MetricsRegistry } from './MetricsRegistry.ts'

/**
 * The server's one metrics registry and every metric in it. Code anywhere
 * in the server increments these; `GET /metrics` renders them. No label
 * ever holds a board id, a key, a name or anything a person wrote: only
 * the fixed values named here (doc kinds, refusal codes, limit names).
 */
export const metricsRegistry = new MetricsRegistry()

/** Each rate limit a client can run into, as named in wesee_rate_limit_hits_total{limit}. */
export const rateLimitNames = [
  'boards_per_ip',
  'imports_per_ip',
  'joins_per_ip',
  'join_lookups_per_ip',
  'uploads_per_ip',
  'sync_messages_per_connection',
  'sync_step1_per_connection',
] as const
export type RateLimitName = (typeof rateLimitNames)[number]

/** Upper bounds in seconds: an SQLite append on a local disk takes well under a millisecond, a PostgreSQL commit a few. */
const appendBuckets = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1]

export const metrics = {
  openRooms: metricsRegistry.gauge(
    'wesee_open_rooms',
    'Docs held in memory now: each open board counts its board and control docs, and each private or facilitator doc open.',
  ),
  connections: metricsRegistry.gauge('wesee_connections', 'Open sync connections, by kind of doc.', ['doc']),
  updates: metricsRegistry.counter(
    'wesee_updates_total',
    'Updates stored, from people and from the server (the rate is updates per second).',
  ),
  refusedUpdates: metricsRegistry.counter(
    'wesee_refused_updates_total',
    'Updates from clients the server refused part or all of, once per update and reason.',
    ['reason'],
  ),
  rateLimitHits: metricsRegistry.counter(
    'wesee_rate_limit_hits_total',
    'Requests and sync messages turned away by a rate limit, by limit.',
    ['limit'],
  ),
  storeAppendSeconds: metricsRegistry.histogram(
    'wesee_store_append_seconds',
    'Time to store one batch of updates in the database (one transaction: what reached a room in the same tick), in seconds.',
    appendBuckets,
  ),
  residentMemory: metricsRegistry.gauge(
    'process_resident_memory_bytes',
    'Memory the server process holds (resident set size), in bytes.',
  ),
  heapUsed: metricsRegistry.gauge('nodejs_heap_size_used_bytes', 'JavaScript heap in use, in bytes.'),
  heapTotal: metricsRegistry.gauge('nodejs_heap_size_total_bytes', 'JavaScript heap reserved, in bytes.'),
}

for (const limit of rateLimitNames) metrics.rateLimitHits.declare({ limit })

/** Times one store write (a room's batch, one transaction) into wesee_store_append_seconds. */
export async function timeStoreAppend(append: () => Promise<void>): Promise<void> {
  const started = process.hrtime.bigint()
  try {
    await append()
  } finally {
    metrics.storeAppendSeconds.observe(Number(process.hrtime.bigint() - started) / 1e9)
  }
}
