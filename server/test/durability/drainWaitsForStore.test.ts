import { expect, test } from 'vitest'
import { configFromEnv, type ServerConfig } from '../../src/config.ts'
import { WeSeeServer } from '../../src/WeSeeServer.ts'
import { connectClient, noteRecord } from '../helpers/syncClient.ts'
import { startTestServer, tempDataDir } from '../helpers/testServer.ts'

/**
 * The stop waits for every room's write queue: what a socket delivered is
 * stored before the database closes, however slow the store is (as a
 * PostgreSQL across a network can be); and when the store never answers,
 * the stop still ends at its bound and says so.
 */

/** Makes every append of the server's doc log take `ms` longer (a slow database). */
function slowAppends(server: WeSeeServer, ms: number): void {
  const log = server.store.docLog
  const appendMany = log.appendMany.bind(log)
  log.appendMany = async (docName, updates) => {
    await new Promise((resolve) => setTimeout(resolve, ms))
    await appendMany(docName, updates)
  }
}

test('a stop waits for updates a slow store is still taking, and every one of them is there afterwards', async () => {
  const first = await startTestServer({ shutdownTimeoutMs: 20_000 })
  const board = await first.createBoard('Slow store')
  const writer = connectClient(first.syncUrl, board.id, board.keys.participant)
  await writer.waitSynced()
  slowAppends(first.server, 150)
  // Several batches: each waits 150 ms, so most are still queued when the stop begins.
  const keys: string[] = []
  for (let batch = 0; batch < 5; batch++) {
    for (let i = 0; i < 4; i++) {
      const key = `shape:slow-${batch}-${i}`
      writer.kv.set(key, noteRecord(key.slice('shape:'.length)))
      keys.push(key)
    }
    await new Promise((resolve) => setImmediate(resolve))
  }
  // The updates are on the server (applied), not yet all stored.
  await new Promise((resolve) => setTimeout(resolve, 50))
  expect(first.server.registry.unsettledRooms()).toBeGreaterThan(0)

  const startedAt = Date.now()
  await first.close()
  // It really waited for the store: at least the batch queued behind the one being written.
  expect(Date.now() - startedAt).toBeGreaterThanOrEqual(100)
  writer.destroy()

  const second = await startTestServer({ dataDir: first.dataDir })
  const reader = connectClient(second.syncUrl, board.id, board.keys.viewer)
  await reader.waitSynced()
  const missing = keys.filter((key) => !reader.kv.has(key))
  expect(missing).toEqual([])
})

test('a store that never answers cannot hold a stop past SHUTDOWN_TIMEOUT_MS: the stop says what was not stored', async () => {
  const config: ServerConfig = {
    ...configFromEnv({}),
    port: 0,
    host: '127.0.0.1',
    clientDir: null,
    dataDir: tempDataDir(),
    shutdownTimeoutMs: 1_500,
  }
  const server = new WeSeeServer(config)
  const port = await server.listen()
  try {
    const createdAt = await fetch(`http://127.0.0.1:${port}/api/boards`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Hung store' }),
    })
    const board = (await createdAt.json()) as { id: string; keys: { participant: string } }
    const writer = connectClient(`ws://127.0.0.1:${port}/sync`, board.id, board.keys.participant)
    await writer.waitSynced()
    let seenByOthers = false
    const watcher = connectClient(`ws://127.0.0.1:${port}/sync`, board.id, board.keys.participant)
    await watcher.waitSynced()
    watcher.doc.on('update', () => (seenByOthers = true))

    server.store.docLog.appendMany = () => new Promise<void>(() => {})
    writer.kv.set('shape:never-stored', noteRecord('never-stored'))
    await new Promise((resolve) => setTimeout(resolve, 100))

    const startedAt = Date.now()
    await expect(server.close()).rejects.toThrow(
      /1 doc was still storing updates when the time to stop \(1500 ms\) ran out/,
    )
    const tookMs = Date.now() - startedAt
    expect(tookMs).toBeGreaterThanOrEqual(1_400)
    expect(tookMs).toBeLessThan(1_500 + 2_000)
    // Stored before seen still held: nobody else was ever shown the update the store never took.
    expect(seenByOthers).toBe(false)
    writer.destroy()
    watcher.destroy()
  } finally {
    server.store.close()
  }
})
