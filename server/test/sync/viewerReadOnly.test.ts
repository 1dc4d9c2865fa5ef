import { expect, test } from 'vitest'
import * as Y from 'yjs'
import { formatDocName } from '@wesee/shared'
import { connectClient, noteRecord, recordsJson, waitForRecord } from '../helpers/syncClient.ts'
import { startTestServer } from '../helpers/testServer.ts'

test("a viewer's writes reach nobody and are never stored", async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const docName = formatDocName({ boardId: board.id, kind: 'content' })
  const viewer = connectClient(server.syncUrl, board.id, board.keys.viewer)
  const participant = connectClient(server.syncUrl, board.id, board.keys.participant)
  await Promise.all([viewer.waitSynced(), participant.waitSynced()])

  viewer.kv.set('shape:by-viewer', noteRecord('by-viewer'))
  viewer.kv.set('page:page', { id: 'page:page', typeName: 'page', name: 'Renamed by a viewer' })
  // The same kind of write from a participant does go through: the test can fail.
  participant.kv.set('shape:by-participant', noteRecord('by-participant'))
  await waitForRecord(viewer, 'shape:by-participant')

  // Once the server has answered both sockets, anything it relayed has arrived.
  await viewer.roundTrip()
  await participant.roundTrip()
  expect(participant.seenKeys.has('shape:by-viewer')).toBe(false)
  expect(participant.kv.get('page:page')).toMatchObject({ name: 'Board' })

  const room = server.server.registry.get(docName)
  expect(room && recordsJson(room.doc)).not.toContain('by-viewer')

  // After a restart (which compacts the doc) and a fresh client, it is still absent.
  const restarted = await server.restart()
  const fresh = connectClient(restarted.syncUrl, board.id, board.keys.facilitator)
  await fresh.waitSynced()
  expect(fresh.kv.has('shape:by-participant')).toBe(true)
  expect(fresh.kv.has('shape:by-viewer')).toBe(false)
  expect(fresh.kv.get('page:page')).toMatchObject({ name: 'Board' })

  const stored = new Y.Doc()
  Y.applyUpdate(stored, Y.mergeUpdates(await restarted.server.store.docLog.loadUpdates(docName)))
  expect(recordsJson(stored)).not.toContain('by-viewer')
})
