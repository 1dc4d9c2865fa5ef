import { expect, test } from 'vitest'
import * as Y from 'yjs'
import { formatDocName } from '@wesee/shared'
import { connectClient, noteRecord, recordsJson, waitForRecord } from '../helpers/syncClient.ts'
import { startTestServer } from '../helpers/testServer.ts'

/** The doc as the store would give it to the next load. */
function storedDoc(updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc()
  for (const update of updates) Y.applyUpdate(doc, update)
  return doc
}

test('compaction shrinks the update log and keeps the state identical', async () => {
  const server = await startTestServer({ compactAfterUpdates: 10 })
  const board = await server.createBoard()
  const docName = formatDocName({ boardId: board.id, kind: 'content' })
  const { store } = server.server
  // Facilitators: this test is about storage, not who may change what.
  const a = connectClient(server.syncUrl, board.id, board.keys.facilitator)
  const b = connectClient(server.syncUrl, board.id, board.keys.facilitator)
  await Promise.all([a.waitSynced(), b.waitSynced()])

  // 60 separate updates: new records, overwrites of the same record, deletes.
  for (let i = 0; i < 20; i++) a.kv.set(`shape:n${i}`, noteRecord(`n${i}`, `note ${i}`))
  // B edits what it has seen (edits made before would be concurrent with A's).
  await waitForRecord(b, 'shape:n19')
  for (let i = 0; i < 30; i++) b.kv.set('shape:n0', noteRecord('n0', `edit ${i}`))
  for (let i = 10; i < 20; i++) a.kv.delete(`shape:n${i}`)
  a.kv.set('shape:last', noteRecord('last'))
  await waitForRecord(b, 'shape:last')
  await a.roundTrip()
  await b.roundTrip()

  const rows = await store.docLog.countUpdates(docName)
  expect(rows).toBeGreaterThanOrEqual(1)
  expect(rows).toBeLessThanOrEqual(10)
  const live = recordsJson(a.doc)
  expect(recordsJson(b.doc)).toBe(live)
  expect(recordsJson(storedDoc(await store.docLog.loadUpdates(docName)))).toBe(live)

  // Closing compacts to one snapshot; a fresh client after the restart sees exactly the same.
  const restarted = await server.restart()
  expect(await restarted.server.store.docLog.countUpdates(docName)).toBe(1)
  const fresh = connectClient(restarted.syncUrl, board.id, board.keys.viewer)
  await fresh.waitSynced()
  expect(recordsJson(fresh.doc)).toBe(live)
  expect(fresh.kv.get('shape:n0')).toEqual(noteRecord('n0', 'edit 29'))
  expect(fresh.kv.has('shape:n15')).toBe(false)
})

test('without compaction every update is its own row (the control for the test above)', async () => {
  const server = await startTestServer({ compactAfterUpdates: 1_000 })
  const board = await server.createBoard()
  const docName = formatDocName({ boardId: board.id, kind: 'content' })
  // Facilitators: this test is about storage, not who may change what.
  const a = connectClient(server.syncUrl, board.id, board.keys.facilitator)
  await a.waitSynced()
  for (let i = 0; i < 20; i++) a.kv.set(`shape:n${i}`, noteRecord(`n${i}`))
  await a.roundTrip()
  expect(await server.server.store.docLog.countUpdates(docName)).toBeGreaterThan(20)
})

test('a compacted snapshot is smaller than the log it replaced', async () => {
  const server = await startTestServer({ compactAfterUpdates: 1_000 })
  const board = await server.createBoard()
  const docName = formatDocName({ boardId: board.id, kind: 'content' })
  // Facilitators: this test is about storage, not who may change what.
  const a = connectClient(server.syncUrl, board.id, board.keys.facilitator)
  await a.waitSynced()
  for (let i = 0; i < 100; i++) a.kv.set('shape:busy', noteRecord('busy', `edit ${i}`))
  await a.roundTrip()
  const { store } = server.server
  const size = async () =>
    (await store.docLog.loadUpdates(docName)).reduce((total, u) => total + u.byteLength, 0)
  const before = await size()
  const live = recordsJson(a.doc)

  await server.server.registry.get(docName)?.compact()
  expect(await store.docLog.countUpdates(docName)).toBe(1)
  expect(await size()).toBeLessThan(before / 2)
  expect(recordsJson(storedDoc(await store.docLog.loadUpdates(docName)))).toBe(live)
})
