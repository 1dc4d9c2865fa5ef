import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { expect, test } from 'vitest'
import type { BoardSummary, CreatedBoard } from '@wesee/shared'
import { expectApiError, requestJson } from '../helpers/api.ts'
import { rawSocket, docUrl } from '../helpers/rawSocket.ts'
import { createBoardFrom, joinAs, sendCommand } from '../helpers/stageCommands.ts'
import { connectClient, recordsJson } from '../helpers/syncClient.ts'
import { pngImage } from '../helpers/testImages.ts'
import { sqliteOnly, startTestServer, type TestServer } from '../helpers/testServer.ts'
import { addUploadedImage, authoredNote, connectAsPerson } from './revisitHelpers.ts'

function boardUrl(server: TestServer, board: CreatedBoard, rest = ''): string {
  return `${server.url}/api/boards/${board.id}${rest}`
}

/** Rows anything of this board left in the database, table by table. */
function rowsOfBoard(dataDir: string, boardId: string): Record<string, number> {
  const db = new Database(path.join(dataDir, 'wesee.sqlite'), { readonly: true })
  try {
    const n = (sql: string, arg: string) => (db.prepare(sql).get(arg) as { n: number }).n
    return {
      boards: n('SELECT COUNT(*) AS n FROM boards WHERE id = ?', boardId),
      doc_updates: n('SELECT COUNT(*) AS n FROM doc_updates WHERE doc GLOB ?', `${boardId}/*`),
      participants: n('SELECT COUNT(*) AS n FROM participants WHERE board_id = ?', boardId),
      presence_events: n('SELECT COUNT(*) AS n FROM presence_events WHERE board_id = ?', boardId),
      versions: n('SELECT COUNT(*) AS n FROM versions WHERE board_id = ?', boardId),
      board_assets: n('SELECT COUNT(*) AS n FROM board_assets WHERE board_id = ?', boardId),
      ballots: n('SELECT COUNT(*) AS n FROM ballots WHERE board_id = ?', boardId),
    }
  } finally {
    db.close()
  }
}

test('the facilitator renames a board and puts it away; the summary says so', async () => {
  const server = await startTestServer()
  const board = await server.createBoard('Old name')
  const key = board.keys.facilitator
  const renamed = await requestJson(boardUrl(server, board), {
    method: 'PATCH',
    body: { title: '  Bus stops  ' },
    key,
  })
  expect(renamed.status).toBe(200)
  expect(renamed.body).toEqual({ id: board.id, title: 'Bus stops', archived: false })
  const archived = await requestJson(boardUrl(server, board), {
    method: 'PATCH',
    body: { archived: true },
    key,
  })
  expect(archived.body).toMatchObject({ archived: true })
  const summary = (await requestJson(boardUrl(server, board), { key: board.keys.participant }))
    .body as BoardSummary
  expect(summary).toMatchObject({ title: 'Bus stops', archived: true, role: 'participant' })
  expect(Date.parse(summary.lastActivityAt!)).toBeGreaterThan(0)
  // A board put away cannot be found by its code.
  expectApiError(await requestJson(`${server.url}/api/join/${board.joinCode}`), 404, 'not_found')
})

test('renaming checks what it is sent, and only the facilitator may', async () => {
  const server = await startTestServer()
  const board = await server.createBoard('Keep me')
  const key = board.keys.facilitator
  const patch = (body: unknown, k = key) =>
    requestJson(boardUrl(server, board), { method: 'PATCH', body, key: k })
  expectApiError(await patch({}), 400, 'bad_request')
  expectApiError(await patch({ title: '   ' }), 400, 'bad_request')
  expectApiError(await patch({ title: 'x'.repeat(121) }), 400, 'bad_request')
  expectApiError(await patch({ archived: 'yes' }), 400, 'bad_request')
  expectApiError(await patch({ title: 'Fine', key: 'extra' }), 400, 'bad_request')
  expectApiError(await patch({ title: 'Mine now' }, board.keys.participant), 403, 'forbidden')
  expectApiError(await patch({ title: 'Mine now' }, board.keys.viewer), 403, 'forbidden')
  expectApiError(
    await requestJson(boardUrl(server, board), { method: 'DELETE', key: board.keys.participant }),
    403,
    'forbidden',
  )
  expectApiError(
    await requestJson(boardUrl(server, board), { method: 'DELETE', key: board.keys.viewer }),
    403,
    'forbidden',
  )
  expectApiError(await requestJson(boardUrl(server, board), { method: 'DELETE' }), 401, 'unauthorized')
  expect(((await requestJson(boardUrl(server, board), { key })).body as BoardSummary).title).toBe('Keep me')
})

sqliteOnly('deleting removes the board’s rows, docs and the pictures no other board uses', async () => {
  const server = await startTestServer()
  const board = await createBoardFrom(server, 'exploration')
  const other = await server.createBoard('Other board')
  const sam = await joinAs(server, board, board.keys.participant, 'Sam')
  const samClient = await connectAsPerson(server, board, board.keys.participant, sam.token)
  const writer = connectClient(server.syncUrl, board.id, board.keys.facilitator)
  await writer.waitSynced()
  writer.kv.set('shape:n1', authoredNote('n1', 'Goodbye', sam.participantId))
  const onlyHere = await addUploadedImage(server, board, writer.kv, pngImage(4, 4, 0x11), 'only-here')
  const shared = await addUploadedImage(server, board, writer.kv, pngImage(5, 5, 0x22), 'shared')
  const otherWriter = connectClient(server.syncUrl, other.id, other.keys.facilitator)
  await otherWriter.waitSynced()
  await addUploadedImage(server, other, otherWriter.kv, pngImage(5, 5, 0x22), 'shared')
  await writer.roundTrip()
  await sendCommand(server, board, board.keys.facilitator, { type: 'stage.set', stage: 'exploration' })
  expect(rowsOfBoard(server.dataDir, board.id)).toMatchObject({ boards: 1, participants: 1, versions: 1 })
  const watcher = rawSocket(docUrl(server.syncUrl, `${board.id}/content`, board.keys.viewer))
  await watcher.opened

  const response = await fetch(boardUrl(server, board), {
    method: 'DELETE',
    headers: { authorization: `Bearer ${board.keys.facilitator}` },
  })
  expect(response.status).toBe(204)

  // Everyone still connected is told the board is gone.
  expect((await watcher.closed).code).toBe(4404)
  // Every row of the board is gone…
  expect(rowsOfBoard(server.dataDir, board.id)).toEqual({
    boards: 0,
    doc_updates: 0,
    participants: 0,
    presence_events: 0,
    versions: 0,
    board_assets: 0,
    ballots: 0,
  })
  // …and so is the picture only it used; the shared one stays for the other board.
  expect(fs.existsSync(path.join(server.dataDir, 'assets', onlyHere.hash))).toBe(false)
  expect((await fetch(`${server.url}${onlyHere.src}`)).status).toBe(404)
  expect(fs.existsSync(path.join(server.dataDir, 'assets', shared.hash))).toBe(true)
  expect((await fetch(`${server.url}${shared.src}`)).status).toBe(200)
  expectApiError(
    await requestJson(boardUrl(server, board), { key: board.keys.facilitator }),
    404,
    'not_found',
  )
  expect(rowsOfBoard(server.dataDir, other.id).boards).toBe(1)

  // Nothing comes back after the server stops (no doc is written back on the way out).
  writer.destroy()
  samClient.destroy()
  const again = await server.restart()
  expect(rowsOfBoard(again.dataDir, board.id).doc_updates).toBe(0)
  const refused = rawSocket(docUrl(again.syncUrl, `${board.id}/content`, board.keys.facilitator))
  expect(await refused.outcome).toBe(4404)
})

test('a copy without notes keeps the layout; a copy with notes keeps everything; nobody comes along', async () => {
  const server = await startTestServer()
  const board = await createBoardFrom(server, 'experimentation')
  const sam = await joinAs(server, board, board.keys.participant, 'Sam')
  const writer = connectClient(server.syncUrl, board.id, board.keys.facilitator)
  await writer.waitSynced()
  writer.kv.set(
    'shape:n1',
    authoredNote('n1', 'Try a bus buddy', sam.participantId, 'shape:frame-experimentation-ideas'),
  )
  const picture = await addUploadedImage(server, board, writer.kv, pngImage(6, 6, 0x33), 'photo')
  // Sam's photo of a drawing: a participant's contribution, like a note.
  writer.kv.set('shape:photo', { ...writer.kv.get('shape:photo')!, meta: { authorId: sam.participantId } })
  await writer.roundTrip()
  const original = JSON.parse(recordsJson(writer.doc)) as Array<[string, unknown]>

  const copy = async (body: unknown) => {
    const response = await requestJson(boardUrl(server, board, '/duplicate'), {
      body,
      key: board.keys.facilitator,
    })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    const created = response.body as CreatedBoard
    const reader = connectClient(server.syncUrl, created.id, created.keys.viewer)
    await reader.waitSynced()
    return {
      created,
      ids: (JSON.parse(recordsJson(reader.doc)) as Array<[string, unknown]>).map(([id]) => id),
    }
  }

  const layout = await copy({})
  expect(layout.created.title).toBe('Copy of A experimentation board')
  expect(layout.ids).not.toContain('shape:n1')
  expect(layout.ids).toContain('shape:frame-experimentation-small-tries')
  expect(layout.ids).toContain('shape:starter-experimentation-small-tries-1')
  // Sam's photo is a participant's contribution too: without notes, it stays behind.
  expect(layout.ids).not.toContain('shape:photo')

  const full = await copy({ title: 'Round two', withNotes: true })
  expect(full.created.title).toBe('Round two')
  expect(full.ids).toEqual(original.map(([id]) => id))
  const people = await requestJson(`${server.url}/api/boards/${full.created.id}/participation`, {
    key: full.created.keys.facilitator,
  })
  expect((people.body as { people: unknown[] }).people).toEqual([])

  // The copy keeps its picture even when the original board is deleted.
  await fetch(boardUrl(server, board), {
    method: 'DELETE',
    headers: { authorization: `Bearer ${board.keys.facilitator}` },
  })
  expect((await fetch(`${server.url}${picture.src}`)).status).toBe(200)

  expectApiError(
    await requestJson(boardUrl(server, full.created, '/duplicate'), {
      body: { withNotes: 'yes' },
      key: full.created.keys.facilitator,
    }),
    400,
    'bad_request',
  )
  expectApiError(
    await requestJson(boardUrl(server, full.created, '/duplicate'), {
      body: {},
      key: full.created.keys.participant,
    }),
    403,
    'forbidden',
  )
})
