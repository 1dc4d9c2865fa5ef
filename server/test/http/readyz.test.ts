import { expect, test } from 'vitest'
import { expectApiError, requestJson } from '../helpers/api.ts'
import { expectBoardServes } from '../helpers/boardStillServes.ts'
import { connectClient, noteRecord, waitForRecord } from '../helpers/syncClient.ts'
import { startTestServer } from '../helpers/testServer.ts'

/** More free space than any disk this test runs on has. */
const moreThanAnyDisk = 1024 ** 5 * 1024

test('GET /readyz answers 200 with each check while the store answers and the disk has room', async () => {
  const { url } = await startTestServer()
  const response = await requestJson(`${url}/readyz`)
  expect(response.status).toBe(200)
  expect(response.headers.get('cache-control')).toBe('no-store')
  const body = response.body as {
    ready: boolean
    checks: { store: string; disk: { freeBytes: number; ok: boolean } }
  }
  expect(body.ready).toBe(true)
  expect(body.checks.store).toBe('ok')
  expect(body.checks.disk.ok).toBe(true)
  expect(body.checks.disk.freeBytes).toBeGreaterThan(0)
  expect(body).not.toHaveProperty('problems')
})

test('GET /readyz answers 503 naming the disk when the data folder has less free space than asked for', async () => {
  const { url } = await startTestServer({ minFreeDiskBytes: moreThanAnyDisk })
  const response = await requestJson(`${url}/readyz`)
  expect(response.status).toBe(503)
  expect(response.body).toMatchObject({ ready: false, checks: { store: 'ok', disk: { ok: false } } })
  expect((response.body as { problems: string[] }).problems).toEqual([
    expect.stringMatching(
      /^The data folder's disk has \d+ MB free, less than the \d+ MB asked for \(MIN_FREE_DISK_MB\)\.$/,
    ),
  ])
  // /healthz stays about the process alone.
  expect((await requestJson(`${url}/healthz`)).status).toBe(200)
})

test('GET /readyz answers 503 naming the store once the database does not answer', async () => {
  const { url, server } = await startTestServer()
  await server.store.close()
  const response = await requestJson(`${url}/readyz`)
  expect(response.status).toBe(503)
  expect(response.body).toMatchObject({
    ready: false,
    checks: { store: 'failing', disk: { ok: true } },
    problems: ['The database does not answer.'],
  })
})

test('with the disk nearly full no board can be made, copied or brought in; boards already made keep working', async () => {
  const first = await startTestServer()
  const board = await first.createBoard('Made before the disk filled')
  await first.close()
  const server = await startTestServer({
    dataDir: first.dataDir,
    minFreeDiskBytes: moreThanAnyDisk,
    minFreeDiskForNewBoardsBytes: moreThanAnyDisk,
  })

  const refusals = [
    await requestJson(`${server.url}/api/boards`, { body: { title: 'New' } }),
    await requestJson(`${server.url}/api/boards/${board.id}/duplicate`, {
      body: {},
      key: board.keys.facilitator,
    }),
    await requestJson(`${server.url}/api/boards/import`, { body: {} }),
  ]
  for (const refused of refusals) {
    const body = expectApiError(refused, 507, 'out_of_space')
    expect(body.error.message).toBe(
      'The server is nearly out of space, so new boards cannot be made now. Boards already open keep working.',
    )
  }

  const writer = connectClient(server.syncUrl, board.id, board.keys.participant)
  const reader = await expectBoardServes(server, board)
  await writer.waitSynced()
  writer.kv.set('shape:still-works', noteRecord('still-works', 'Written while the disk is nearly full'))
  await waitForRecord(reader, 'shape:still-works')
})

test('below MIN_FREE_DISK_MB but above the new-boards threshold, boards can still be made', async () => {
  const { url } = await startTestServer({ minFreeDiskBytes: moreThanAnyDisk })
  expect((await requestJson(`${url}/readyz`)).status).toBe(503)
  expect((await requestJson(`${url}/api/boards`, { body: { title: 'Still fine' } })).status).toBe(201)
})
