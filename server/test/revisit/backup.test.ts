import { expect, test } from 'vitest'
import type { BoardBackup, CreatedBoard } from '@wesee/shared'
import { expectApiError, requestJson } from '../helpers/api.ts'
import { createBoardFrom, joinAs, sendCommand } from '../helpers/stageCommands.ts'
import { connectClient, recordsJson } from '../helpers/syncClient.ts'
import { pngImage } from '../helpers/testImages.ts'
import { sqliteOnly, startTestServer, type TestServer } from '../helpers/testServer.ts'
import { addUploadedImage, authoredNote, countRows } from './revisitHelpers.ts'

const hostileText = '<script>alert("boo")</script><img src=x onerror=alert(1)> & "quotes"'

async function exportOf(server: TestServer, board: CreatedBoard, query = ''): Promise<BoardBackup> {
  const response = await requestJson(`${server.url}/api/boards/${board.id}/export${query}`, {
    key: board.keys.facilitator,
  })
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return response.body as BoardBackup
}

function importBackup(server: TestServer, body: unknown) {
  return requestJson(`${server.url}/api/boards/import`, {
    rawBody: typeof body === 'string' ? body : JSON.stringify(body),
  })
}

/** A board with a bit of everything: a template, notes (one hostile), an uploaded picture, people, versions. */
async function busyBoard(server: TestServer): Promise<CreatedBoard> {
  const board = await createBoardFrom(server, 'exploration')
  const sam = await joinAs(server, board, board.keys.participant, 'Sam')
  const client = connectClient(server.syncUrl, board.id, board.keys.facilitator)
  await client.waitSynced()
  client.kv.set(
    'shape:n1',
    authoredNote('n1', 'More benches', sam.participantId, 'shape:frame-exploration-i-see'),
  )
  client.kv.set('shape:n2', authoredNote('n2', hostileText, null))
  await addUploadedImage(server, board, client.kv, pngImage(3, 2, 0x40))
  await client.roundTrip()
  await sendCommand(server, board, board.keys.facilitator, { type: 'stage.set', stage: 'exploration' })
  await requestJson(`${server.url}/api/boards/${board.id}/versions`, {
    body: { name: 'After the first notes' },
    key: board.keys.facilitator,
  })
  client.destroy()
  return board
}

test('export → import → export gives the same file, apart from the board id and export time', async () => {
  const server = await startTestServer()
  const board = await busyBoard(server)
  const first = await exportOf(server, board)
  expect(first.versions).toHaveLength(2)
  expect(first.images).toHaveLength(1)
  expect(Object.values(first.control.participants).every((p) => !p.present)).toBe(true)

  // Imported on another WeSee server, which has never seen the picture.
  const elsewhere = await startTestServer()
  const imported = await importBackup(elsewhere, first)
  expect(imported.status, JSON.stringify(imported.body)).toBe(201)
  const created = imported.body as CreatedBoard
  expect(created.id).not.toBe(board.id)
  expect(Object.keys(created.keys).sort()).toEqual(['facilitator', 'participant', 'viewer'])
  expect(created.joinCode).toMatch(/^[A-Z]{6}$/)
  expect(created.links.participant).toContain(created.keys.participant)

  const second = await exportOf(elsewhere, created)
  const withoutIds = (backup: BoardBackup) => ({
    ...backup,
    exportedAt: null,
    board: { ...backup.board, id: null },
  })
  // Compared as text (not deep equality) so that key order counts too.
  const same = JSON.stringify(withoutIds(second)) === JSON.stringify(withoutIds(first))
  if (!same) expect(withoutIds(second)).toEqual(withoutIds(first))
  expect(same, 'the second export differs from the first').toBe(true)
  expect(second.board.id).toBe(created.id)

  // The new board is a working board: its doc holds the records, the picture is served.
  const reader = connectClient(elsewhere.syncUrl, created.id, created.keys.viewer)
  await reader.waitSynced()
  const source = connectClient(server.syncUrl, board.id, board.keys.viewer)
  await source.waitSynced()
  expect(JSON.parse(recordsJson(reader.doc))).toEqual(JSON.parse(recordsJson(source.doc)))
  const picture = await fetch(`${elsewhere.url}/api/assets/${first.images[0]!.hash}`)
  expect(picture.status).toBe(200)
  expect(Buffer.from(await picture.arrayBuffer()).toString('base64')).toBe(first.images[0]!.data)

  // Without versions when asked.
  expect((await exportOf(server, board, '?versions=0')).versions).toBeUndefined()
})

test('a script in a note is kept as words, never as anything else', async () => {
  const server = await startTestServer()
  const board = await busyBoard(server)
  const backup = await exportOf(server, board)
  const imported = await importBackup(server, backup)
  expect(imported.status).toBe(201)
  const again = await exportOf(server, imported.body as CreatedBoard)
  const note = again.records.find((r) => (r as { id: string }).id === 'shape:n2') as {
    props: { richText: { content: Array<{ content: Array<{ text: string }> }> } }
  }
  expect(note.props.richText.content[0]!.content[0]!.text).toBe(hostileText)
})

test('only the facilitator may download a backup', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const url = `${server.url}/api/boards/${board.id}/export`
  expectApiError(await requestJson(url, { key: board.keys.participant }), 403, 'forbidden')
  expectApiError(await requestJson(url, { key: board.keys.viewer }), 403, 'forbidden')
  expectApiError(await requestJson(url), 401, 'unauthorized')
})

sqliteOnly(
  'a wrong, corrupt or hostile file is refused with a plain message and creates nothing',
  async () => {
    const server = await startTestServer({
      limits: { maxImportBytes: 200_000, maxBoardsPerIpPerMinute: 1000 },
    })
    const board = await busyBoard(server)
    const good = await exportOf(server, board)
    const before = countRows(server.dataDir)
    const withRecords = (records: unknown[]) => ({ ...good, records })
    const note = good.records.find((r) => (r as { id: string }).id === 'shape:n1') as Record<string, unknown>

    const refusals: Array<[string, unknown, number, string, RegExp?]> = [
      ['not JSON at all', '{"format": "wesee-board-backup", ', 400, 'invalid_json'],
      ['not an object', '[1, 2, 3]', 400, 'bad_request', /not a WeSee backup/],
      ['another format', { ...good, format: 'excalidraw' }, 400, 'bad_request', /not a WeSee backup/],
      ['a newer format', { ...good, formatVersion: 2 }, 400, 'bad_request', /newer WeSee/],
      ['a title of the wrong type', { ...good, board: { ...good.board, title: 42 } }, 400, 'bad_request'],
      ['records that are not a list', { ...good, records: 'everything' }, 400, 'bad_request'],
      ['an unknown template', { ...good, board: { ...good.board, template: 'evil' } }, 400, 'bad_request'],
      [
        'an unknown record type',
        withRecords([...good.records, { id: 'virus:1', typeName: 'virus' }]),
        400,
        'bad_request',
        /does not know/,
      ],
      [
        'session state in the records',
        withRecords([...good.records, { id: 'instance:instance', typeName: 'instance' }]),
        400,
        'bad_request',
        /not part of a board/,
      ],
      [
        'a note with a made-up colour',
        withRecords(
          good.records.map((r) =>
            r === note ? { ...note, props: { ...(note.props as object), color: 'ultraviolet' } } : r,
          ),
        ),
        400,
        'bad_request',
        /shape:n1/,
      ],
      [
        'a note with a script for its size',
        withRecords(
          good.records.map((r) =>
            r === note ? { ...note, props: { ...(note.props as object), size: '<script>' } } : r,
          ),
        ),
        400,
        'bad_request',
      ],
      [
        'a note on a frame that is not there',
        withRecords(good.records.map((r) => (r === note ? { ...note, parentId: 'shape:gone' } : r))),
        400,
        'bad_request',
        /not in the file/,
      ],
      ['the same id twice', withRecords([...good.records, note]), 400, 'bad_request', /twice/],
      [
        'no document record',
        withRecords(good.records.filter((r) => (r as { typeName: string }).typeName !== 'document')),
        400,
        'bad_request',
      ],
      ['an extra field at the top', { ...good, run: 'rm -rf /' }, 400, 'bad_request'],
      [
        'a person with a wrong picture',
        {
          ...good,
          control: {
            ...good.control,
            participants: { x: { ...Object.values(good.control.participants)[0]!, id: 'x', avatar: 'nope' } },
          },
        },
        400,
        'bad_request',
      ],
      [
        'a section nested too deep',
        {
          ...good,
          control: {
            ...good.control,
            state: { ...good.control.state, deep: JSON.parse('['.repeat(40) + ']'.repeat(40)) },
          },
        },
        400,
        'bad_request',
        /nested/,
      ],
      [
        'stages that do not exist',
        { ...good, control: { ...good.control, state: { ...good.control.state, stages: ['party'] } } },
        400,
        'bad_request',
      ],
      [
        'a picture whose bytes are not its hash',
        { ...good, images: [{ ...good.images[0]!, hash: 'a'.repeat(64) }] },
        400,
        'bad_request',
        /picture/,
      ],
      [
        'a picture that is really a web page',
        {
          ...good,
          images: [
            { ...good.images[0]!, data: Buffer.from('<html><script>x</script></html>').toString('base64') },
          ],
        },
        400,
        'bad_request',
        /picture/,
      ],
      [
        'a picture the board uses but the file leaves out',
        { ...good, images: [] },
        400,
        'bad_request',
        /picture/,
      ],
      [
        'a version with a bad record',
        { ...good, versions: [{ ...good.versions![0]!, records: [{ id: 'virus:1', typeName: 'virus' }] }] },
        400,
        'bad_request',
        /version 1/,
      ],
      ['a huge file', { ...good, padding: 'x'.repeat(300_000) }, 413, 'too_large', /too big/],
    ]
    for (const [what, body, status, code, message] of refusals) {
      // The picture is on this server already; the "left out" case must be tried where it is not.
      const target = what.includes('leaves out') ? await startTestServer() : server
      const response = await importBackup(target, body)
      const error = expectApiError(response, status, code)
      if (message) expect(error.error.message, what).toMatch(message)
      if (target === server) expect(countRows(server.dataDir), what).toEqual(before)
      else expect(countRows(target.dataDir).boards, what).toBe(0)
    }
  },
)

test('a server with a creation code asks for it to import too', async () => {
  const server = await startTestServer({ createToken: 'let-me-in' })
  const response = await importBackup(server, { format: 'wesee-board-backup' })
  expectApiError(response, 401, 'unauthorized')
})
