import { afterEach, expect, test, vi } from 'vitest'
import {
  metaMapName,
  schemaMetaKey,
  serializedBoardSchema,
  type BoardBackup,
  type CreatedBoard,
  type SerializedSchema,
} from '@wesee/shared'
import { expectApiError, requestJson } from '../helpers/api.ts'
import { connectClient, type TestRecord } from '../helpers/syncClient.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { logger } from '../../src/logging/logger.ts'

afterEach(() => {
  vi.restoreAllMocks()
})

function pictureNote(id: string, src = '/pictures/1F68C.svg'): TestRecord {
  return {
    id: `shape:${id}`,
    typeName: 'shape',
    type: 'picture-note',
    parentId: 'page:page',
    index: 'a1',
    x: 100,
    y: 200,
    rotation: 0,
    isLocked: false,
    opacity: 1,
    meta: {},
    props: {
      w: 240,
      h: 280,
      color: 'yellow',
      picture: { src, name: 'Bus' },
      text: 'Late again',
    },
  }
}

/** The board schema as it was before picture notes existed. */
function schemaBeforePictureNotes(): SerializedSchema {
  const schema = structuredClone(serializedBoardSchema()) as { sequences: Record<string, number> }
  delete schema.sequences['com.tldraw.shape.picture-note']
  return schema as unknown as SerializedSchema
}

test('a picture note survives a restart, and a board saved before picture notes migrates with it', async () => {
  const warnings = vi.spyOn(logger, 'warn')
  const first = await startTestServer()
  const board = await first.createBoard()
  const writer = connectClient(first.syncUrl, board.id, board.keys.participant)
  await writer.waitSynced()
  writer.doc.transact(() => {
    writer.kv.set('shape:bus-note', pictureNote('bus-note'))
    // As if the board had last been saved by a WeSee without picture notes.
    writer.doc.getMap(metaMapName).set(schemaMetaKey, schemaBeforePictureNotes())
  })
  await writer.roundTrip()
  writer.destroy()

  const second = await first.restart()
  const reader = connectClient(second.syncUrl, board.id, board.keys.viewer)
  await reader.waitSynced()
  expect(reader.kv.get('shape:bus-note')).toEqual(pictureNote('bus-note'))
  expect(reader.doc.getMap(metaMapName).get(schemaMetaKey)).toEqual(serializedBoardSchema())
  expect(warnings.mock.calls.map((call) => call.join(' ')).join('\n')).not.toContain('could not migrate')
})

// A backup is checked record by record against the server's board schema:
// the picture note must be in it for a board holding one to come back.
test('a board with a picture note exports and imports; an import whose picture note calls another host is refused', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const writer = connectClient(server.syncUrl, board.id, board.keys.participant)
  await writer.waitSynced()
  writer.kv.set('shape:bus-note', pictureNote('bus-note'))
  await writer.roundTrip()

  const exported = await requestJson(`${server.url}/api/boards/${board.id}/export`, {
    key: board.keys.facilitator,
  })
  expect(exported.status).toBe(200)
  const backup = exported.body as BoardBackup
  const imported = await requestJson(`${server.url}/api/boards/import`, { rawBody: JSON.stringify(backup) })
  expect(imported.status, JSON.stringify(imported.body)).toBe(201)
  const copy = imported.body as CreatedBoard
  const reader = connectClient(server.syncUrl, copy.id, copy.keys.viewer)
  await reader.waitSynced()
  expect(reader.kv.get('shape:bus-note')).toEqual(pictureNote('bus-note'))

  const tracker = structuredClone(backup)
  const records = tracker.records as unknown as TestRecord[]
  const note = records.findIndex((record) => record.id === 'shape:bus-note')
  records[note] = pictureNote('bus-note', 'https://tracker.example/pixel.png')
  const refused = await requestJson(`${server.url}/api/boards/import`, { rawBody: JSON.stringify(tracker) })
  expect(expectApiError(refused, 400, 'bad_request').error.message).toContain('shape:bus-note')
})
