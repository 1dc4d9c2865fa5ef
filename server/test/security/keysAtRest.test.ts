import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { expect, test } from 'vitest'
import type { BoardSummary, CreatedBoard, JoinCodeTarget, NewBoardKey } from '@wesee/shared'
import { expectApiError, requestJson } from '../helpers/api.ts'
import { expectBoardServes } from '../helpers/boardStillServes.ts'
import { connectClient } from '../helpers/syncClient.ts'
import { sqliteOnly, startTestServer, type TestServer } from '../helpers/testServer.ts'

/** Every byte the server keeps in its data folder (database, write-ahead log, pictures), but not the sealing secret. */
function storedBytes(server: TestServer): Buffer {
  const files = fs
    .readdirSync(server.dataDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name !== 'board-keys.secret')
  return Buffer.concat(files.map((entry) => fs.readFileSync(path.join(entry.parentPath, entry.name))))
}

function expectNoKeyStored(bytes: Buffer, keys: readonly string[]): void {
  for (const key of keys)
    expect(bytes.includes(Buffer.from(key)), `key ${key} in the stored bytes`).toBe(false)
}

function keysOf(board: CreatedBoard): string[] {
  return [board.keys.facilitator, board.keys.participant, board.keys.viewer]
}

/** The key a link carries (the port changes on a restart; the key must not). */
function keyIn(link: string): string | undefined {
  return new URL(link).hash.replace(/^#key=/, '')
}

async function joinByCode(server: TestServer, code: string): Promise<JoinCodeTarget> {
  const response = await requestJson(`${server.url}/api/join/${code}`)
  expect(response.status).toBe(200)
  return response.body as JoinCodeTarget
}

test('no board key is stored in plain text, and every flow still works', async () => {
  const server = await startTestServer()
  const board = await server.createBoard('Keys at rest')

  // Join by link and by code, with the participant key the server gave.
  const joined = await requestJson(`${server.url}/api/boards/${board.id}/participants`, {
    body: { name: 'Sam' },
    key: board.keys.participant,
  })
  expect(joined.status).toBe(201)
  const target = await joinByCode(server, board.joinCode)
  expect(target.link).toBe(board.links.participant)
  // The projector's viewer key syncs; summary and export answer.
  await expectBoardServes(server, board)

  // Copies and imports get keys of their own, stored the same way.
  const copy = await requestJson(`${server.url}/api/boards/${board.id}/duplicate`, {
    body: {},
    key: board.keys.facilitator,
  })
  expect(copy.status).toBe(201)
  const exported = await requestJson(`${server.url}/api/boards/${board.id}/export`, {
    key: board.keys.facilitator,
  })
  const imported = await requestJson(`${server.url}/api/boards/import`, { body: exported.body })
  expect(imported.status, JSON.stringify(imported.body)).toBe(201)
  const allKeys = [
    ...keysOf(board),
    ...keysOf(copy.body as CreatedBoard),
    ...keysOf(imported.body as CreatedBoard),
  ]
  // The export carries no key either.
  expectNoKeyStored(Buffer.from(JSON.stringify(exported.body)), allKeys)

  expectNoKeyStored(storedBytes(server), allKeys)
  const again = await server.restart()
  expectNoKeyStored(storedBytes(again), allKeys)
  await expectBoardServes(again, board)
  expect(keyIn((await joinByCode(again, board.joinCode)).link)).toBe(board.keys.participant)
})

test('the facilitator sees the participant and viewer links again, never the facilitator link', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const summary = (await requestJson(`${server.url}/api/boards/${board.id}`, { key: board.keys.facilitator }))
    .body as BoardSummary
  expect(summary.links).toEqual({ participant: board.links.participant, viewer: board.links.viewer })
  expect(summary.keys).toEqual({ participant: board.keys.participant, viewer: board.keys.viewer })
  expect(JSON.stringify(summary)).not.toContain(board.keys.facilitator)
})

test('a new facilitator link works and the old one stops working; only the facilitator can make one', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const url = `${server.url}/api/boards/${board.id}/keys/facilitator`
  expectApiError(await requestJson(url, { body: {}, key: board.keys.participant }), 403, 'forbidden')
  expectApiError(await requestJson(url, { body: {}, key: board.keys.viewer }), 403, 'forbidden')
  expectApiError(
    await requestJson(`${server.url}/api/boards/${board.id}/keys/owner`, {
      body: {},
      key: board.keys.facilitator,
    }),
    404,
    'not_found',
  )

  const made = await requestJson(url, { body: {}, key: board.keys.facilitator })
  expect(made.status).toBe(201)
  const fresh = made.body as NewBoardKey
  expect(fresh.role).toBe('facilitator')
  expect(fresh.link).toBe(`${board.links.facilitator.split('#')[0]}#key=${fresh.key}`)

  const boardUrl = `${server.url}/api/boards/${board.id}`
  expectApiError(await requestJson(boardUrl, { key: board.keys.facilitator }), 401, 'unauthorized')
  expect(((await requestJson(boardUrl, { key: fresh.key })).body as BoardSummary).role).toBe('facilitator')
  expectNoKeyStored(storedBytes(server), [fresh.key])
})

test('a new participant link shuts out the leaked one, and the join code answers with the new link', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const made = await requestJson(`${server.url}/api/boards/${board.id}/keys/participant`, {
    body: {},
    key: board.keys.facilitator,
  })
  const fresh = made.body as NewBoardKey
  expect((await joinByCode(server, board.joinCode)).link).toBe(fresh.link)

  const join = (key: string) =>
    requestJson(`${server.url}/api/boards/${board.id}/participants`, { body: { name: 'Pat' }, key })
  expectApiError(await join(board.keys.participant), 401, 'unauthorized')
  expect((await join(fresh.key)).status).toBe(201)
  // A stock client with the leaked key cannot sync.
  const leaked = connectClient(server.syncUrl, board.id, board.keys.participant)
  const closed = await new Promise<number>((resolve) =>
    leaked.provider.ws?.addEventListener('close', (e) => resolve(e.code)),
  )
  expect(closed).toBeGreaterThanOrEqual(4000)
  expectNoKeyStored(storedBytes(server), [fresh.key, board.keys.participant])
})

sqliteOnly(
  'a database from before keys were hashed is hashed on start-up, and its old links keep working',
  async () => {
    const server = await startTestServer()
    const board = await server.createBoard('Old board')
    await server.close()
    // Put the keys back in plain text, as an older WeSee stored them.
    const db = new Database(path.join(server.dataDir, 'wesee.sqlite'))
    db.prepare('UPDATE boards SET facilitator_key = ?, participant_key = ?, viewer_key = ? WHERE id = ?').run(
      ...keysOf(board),
      board.id,
    )
    db.close()
    expect(storedBytes(server).includes(Buffer.from(board.keys.facilitator))).toBe(true)

    const again = await server.restart()
    expectNoKeyStored(storedBytes(again), keysOf(board))
    await expectBoardServes(again, board)
    expect(keyIn((await joinByCode(again, board.joinCode)).link)).toBe(board.keys.participant)
    const summary = (
      await requestJson(`${again.url}/api/boards/${board.id}`, { key: board.keys.facilitator })
    ).body as BoardSummary
    expect(summary.role).toBe('facilitator')
  },
)
