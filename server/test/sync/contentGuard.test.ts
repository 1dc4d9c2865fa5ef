import { metaMapName, schemaMetaKey, serializedBoardSchema } from '@wesee/shared'
import { expect, test } from 'vitest'
import { connectClient, noteRecord, waitForRecord } from '../helpers/syncClient.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

test('records tldraw refuses, or that are not board records, do not stay in the board', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const writer = connectClient(server.syncUrl, board.id, board.keys.participant)
  const reader = connectClient(server.syncUrl, board.id, board.keys.facilitator)
  await Promise.all([writer.waitSynced(), reader.waitSynced()])

  writer.doc.transact(() => {
    writer.kv.set('shape:good', noteRecord('good', 'A fine note'))
    writer.kv.set('shape:bad-props', { ...noteRecord('bad-props'), props: { text: '<script>' } })
    writer.kv.set('shape:wrong-key', noteRecord('other-id'))
    writer.kv.set('instance:instance', { id: 'instance:instance', typeName: 'instance' })
    writer.kv.set('thing:1', { id: 'thing:1', typeName: 'thing' })
  })
  await waitForRecord(reader, 'shape:good')
  const refused = ['shape:bad-props', 'shape:wrong-key', 'instance:instance', 'thing:1']
  await waitFor(() => refused.every((key) => !reader.kv.has(key)), 'the refused records to be removed')
  await waitFor(() => refused.every((key) => !writer.kv.has(key)), 'the writer to be put right too')

  // And they are not in storage either.
  const again = await server.restart()
  const fresh = connectClient(again.syncUrl, board.id, board.keys.viewer)
  await fresh.waitSynced()
  expect(fresh.kv.has('shape:good')).toBe(true)
  for (const key of refused) expect(fresh.kv.has(key)).toBe(false)
})

test('a client cannot change the schema the board is stored with', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const writer = connectClient(server.syncUrl, board.id, board.keys.participant)
  await writer.waitSynced()
  writer.doc.getMap(metaMapName).set(schemaMetaKey, { schemaVersion: 2, sequences: {} })
  await waitFor(
    () =>
      JSON.stringify(writer.doc.getMap(metaMapName).get(schemaMetaKey)) ===
      JSON.stringify(serializedBoardSchema()),
    'the schema to be put back',
  )
})
