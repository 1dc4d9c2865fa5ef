import { expect, test } from 'vitest'
import { connectClient, noteRecord, recordsJson, waitForRecord } from '../helpers/syncClient.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

test('two clients sync records both ways through the server', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const a = connectClient(server.syncUrl, board.id, board.keys.facilitator)
  const b = connectClient(server.syncUrl, board.id, board.keys.participant)
  await Promise.all([a.waitSynced(), b.waitSynced()])

  a.kv.set('shape:from-a', noteRecord('from-a', 'Hello from A'))
  await waitForRecord(b, 'shape:from-a')
  expect(b.kv.get('shape:from-a')).toEqual(noteRecord('from-a', 'Hello from A'))

  b.kv.set('shape:from-b', noteRecord('from-b', 'Hello from B'))
  await waitForRecord(a, 'shape:from-b')

  // A deletes; a participant may delete only their own (server/test/sync/ownership.test.ts).
  a.kv.delete('shape:from-b')
  await waitFor(() => !b.kv.has('shape:from-b'), 'the delete to reach B')
  expect(recordsJson(a.doc)).toBe(recordsJson(b.doc))
})

test('a client that joins later gets what was written before', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const a = connectClient(server.syncUrl, board.id, board.keys.participant)
  await a.waitSynced()
  a.kv.set('shape:early', noteRecord('early'))
  await a.roundTrip()

  const late = connectClient(server.syncUrl, board.id, board.keys.viewer)
  await late.waitSynced()
  expect(late.kv.get('shape:early')).toEqual(noteRecord('early'))
})

test('boards do not leak into each other', async () => {
  const server = await startTestServer()
  const one = await server.createBoard('One')
  const two = await server.createBoard('Two')
  const a = connectClient(server.syncUrl, one.id, one.keys.participant)
  const b = connectClient(server.syncUrl, two.id, two.keys.participant)
  await Promise.all([a.waitSynced(), b.waitSynced()])
  a.kv.set('shape:secret', noteRecord('secret'))
  await a.roundTrip()
  await b.roundTrip()
  expect(b.seenKeys.has('shape:secret')).toBe(false)
})
