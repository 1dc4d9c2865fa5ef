import { CloseCode, formatDocName } from '@wesee/shared'
import { expect, test } from 'vitest'
import { configFromEnv } from '../../src/config.ts'
import { expectApiError, requestJson } from '../helpers/api.ts'
import { parsePrometheusText, sampleValue, type Family } from '../helpers/prometheusText.ts'
import { docUrl, rawSocket } from '../helpers/rawSocket.ts'
import { connectClient, noteRecord } from '../helpers/syncClient.ts'
import { startTestServer, type TestServer } from '../helpers/testServer.ts'

const metricsToken = 'metrics-token-for-the-test-0123456789'

async function scrape(server: Pick<TestServer, 'url'>): Promise<Map<string, Family>> {
  const response = await fetch(`${server.url}/metrics`, {
    headers: { authorization: `Bearer ${metricsToken}` },
  })
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8')
  return parsePrometheusText(await response.text())
}

test('GET /metrics is 404 while METRICS_TOKEN is unset, even with a token', async () => {
  const { url } = await startTestServer()
  expectApiError(await requestJson(`${url}/metrics`), 404, 'not_found')
  expectApiError(await requestJson(`${url}/metrics`, { key: metricsToken }), 404, 'not_found')
})

test('GET /metrics is 401 without the token, with a wrong one, or with it sent another way', async () => {
  const { url } = await startTestServer({ metricsToken })
  expectApiError(await requestJson(`${url}/metrics`), 401, 'unauthorized')
  const wrong = await requestJson(`${url}/metrics`, { key: `${metricsToken}x` })
  expectApiError(wrong, 401, 'unauthorized')
  expect(wrong.headers.get('www-authenticate')).toMatch(/^Bearer/)
  expectApiError(await requestJson(`${url}/metrics`, { key: metricsToken.slice(0, -1) }), 401, 'unauthorized')
  expectApiError(await requestJson(`${url}/metrics?token=${metricsToken}`), 401, 'unauthorized')
  expectApiError(
    await requestJson(`${url}/metrics`, { headers: { authorization: `Basic ${metricsToken}` } }),
    401,
    'unauthorized',
  )
})

test('a short or spaced METRICS_TOKEN is refused at start-up with a plain message', () => {
  expect(() => configFromEnv({ METRICS_TOKEN: 'short' })).toThrow(/at least 16 characters/)
  expect(() => configFromEnv({ METRICS_TOKEN: 'long enough but has spaces' })).toThrow(/no spaces/)
  expect(configFromEnv({ METRICS_TOKEN: '' }).metricsToken).toBeNull()
})

test('the metrics parse as Prometheus text, each with HELP and TYPE, and name no board, key or note', async () => {
  const server = await startTestServer({ metricsToken })
  const board = await server.createBoard('A board with a secret title')
  const writer = connectClient(server.syncUrl, board.id, board.keys.participant)
  const control = connectClient(server.syncUrl, board.id, board.keys.participant, {
    docName: formatDocName({ boardId: board.id, kind: 'control' }),
  })
  await Promise.all([writer.waitSynced(), control.waitSynced()])
  writer.kv.set('shape:counted', noteRecord('counted', 'A private thought'))
  await writer.roundTrip()

  const response = await fetch(`${server.url}/metrics`, {
    headers: { authorization: `Bearer ${metricsToken}` },
  })
  const text = await response.text()
  const families = parsePrometheusText(text)
  expect(Object.fromEntries([...families].map(([name, family]) => [name, family.type]))).toEqual({
    wesee_open_rooms: 'gauge',
    wesee_connections: 'gauge',
    wesee_updates_total: 'counter',
    wesee_refused_updates_total: 'counter',
    wesee_rate_limit_hits_total: 'counter',
    wesee_store_append_seconds: 'histogram',
    process_resident_memory_bytes: 'gauge',
    nodejs_heap_size_used_bytes: 'gauge',
    nodejs_heap_size_total_bytes: 'gauge',
  })
  expect(sampleValue(families, 'wesee_connections', { doc: 'board' })).toBe(1)
  expect(sampleValue(families, 'wesee_connections', { doc: 'control' })).toBe(1)
  expect(sampleValue(families, 'wesee_connections', { doc: 'private' })).toBe(0)
  expect(sampleValue(families, 'wesee_connections', { doc: 'facilitator' })).toBe(0)
  expect(sampleValue(families, 'wesee_open_rooms')).toBeGreaterThanOrEqual(2)
  expect(sampleValue(families, 'wesee_updates_total')).toBeGreaterThanOrEqual(1)
  expect(sampleValue(families, 'wesee_store_append_seconds_count')).toBeGreaterThanOrEqual(1)
  expect(sampleValue(families, 'wesee_rate_limit_hits_total', { limit: 'boards_per_ip' })).toBe(0)
  expect(sampleValue(families, 'process_resident_memory_bytes')).toBeGreaterThan(0)
  expect(sampleValue(families, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0)
  for (const secret of [
    board.id,
    ...Object.values(board.keys),
    board.joinCode,
    board.title,
    'A private thought',
  ]) {
    expect(text).not.toContain(secret)
  }
})

test('a stock Yjs client writing a refused record makes wesee_refused_updates_total{reason} go up', async () => {
  const server = await startTestServer({ metricsToken })
  const board = await server.createBoard()
  const hostile = connectClient(server.syncUrl, board.id, board.keys.participant)
  await hostile.waitSynced()
  const before = await scrape(server)
  const refusedBefore = sampleValue(before, 'wesee_refused_updates_total', { reason: 'wrong-key' }) ?? 0
  const storedBefore = sampleValue(before, 'wesee_updates_total')!
  const timedBefore = sampleValue(before, 'wesee_store_append_seconds_count')!

  // A record under another record's key: the gate refuses it.
  hostile.kv.set('shape:wrong-key', noteRecord('other-id'))
  await hostile.roundTrip()
  hostile.kv.set('shape:wrong-again', noteRecord('another-id'))
  await hostile.roundTrip()
  hostile.kv.set('shape:fine', noteRecord('fine'))
  await hostile.roundTrip()

  const after = await scrape(server)
  expect(sampleValue(after, 'wesee_refused_updates_total', { reason: 'wrong-key' })).toBe(refusedBefore + 2)
  // Each update is stored (a refused record only as the deletion that undid it), and each store
  // (one transaction per batch: each round trip here is at least one) is timed.
  const stored = sampleValue(after, 'wesee_updates_total')! - storedBefore
  expect(stored).toBeGreaterThanOrEqual(3)
  const timed = sampleValue(after, 'wesee_store_append_seconds_count')! - timedBefore
  expect(timed).toBeGreaterThanOrEqual(3)
  expect(timed).toBeLessThanOrEqual(stored)
})

test('a 429 from a rate limit counts in wesee_rate_limit_hits_total{limit}, over HTTP and over sync', async () => {
  const server = await startTestServer({
    metricsToken,
    limits: { maxBoardsPerIpPerMinute: 1, maxMessagesPerSecond: 5 },
  })
  const board = await server.createBoard()
  const before = await scrape(server)
  expectApiError(await requestJson(`${server.url}/api/boards`, { body: { title: 'Two' } }), 429, 'too_many')
  expectApiError(await requestJson(`${server.url}/api/boards`, { body: { title: 'Three' } }), 429, 'too_many')

  const flooder = rawSocket(
    docUrl(server.syncUrl, formatDocName({ boardId: board.id, kind: 'content' }), board.keys.participant),
  )
  await flooder.opened
  for (let i = 0; i < 100; i++) flooder.socket.send(new Uint8Array([3]))
  expect((await flooder.closed).code).toBe(CloseCode.TooMany)

  const after = await scrape(server)
  const hits = (families: Map<string, Family>, limit: string) =>
    sampleValue(families, 'wesee_rate_limit_hits_total', { limit })!
  expect(hits(after, 'boards_per_ip')).toBe(hits(before, 'boards_per_ip') + 2)
  expect(hits(after, 'sync_messages_per_connection')).toBe(hits(before, 'sync_messages_per_connection') + 1)
})
