import { expect, test } from 'vitest'
import { formatDocName } from '@wesee/shared'
import { connectClient, noteRecord, recordsJson } from '../helpers/syncClient.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

test('an idle doc is unloaded and compacted; a later client still gets everything', async () => {
  const server = await startTestServer({ idleUnloadMs: 100 })
  const { registry, store } = server.server
  const board = await server.createBoard()
  const docName = formatDocName({ boardId: board.id, kind: 'content' })

  const writer = connectClient(server.syncUrl, board.id, board.keys.participant)
  await writer.waitSynced()
  for (let i = 0; i < 15; i++) writer.kv.set(`shape:n${i}`, noteRecord(`n${i}`, `note ${i}`))
  await writer.roundTrip()
  const written = recordsJson(writer.doc)
  expect(await store.docLog.countUpdates(docName)).toBeGreaterThan(15)
  // Still in use: not unloaded, however long it stays open.
  expect(registry.get(docName)).toBeDefined()

  writer.destroy()
  await waitFor(() => registry.get(docName) === undefined, 'the doc to unload')
  // Out of the registry at once, but held until its snapshot is stored.
  await waitFor(() => !registry.holdsBoard(board.id), 'the snapshot to be stored')
  expect(await store.docLog.countUpdates(docName)).toBe(1)

  const loadsBefore = registry.loadCount
  const later = connectClient(server.syncUrl, board.id, board.keys.viewer)
  await later.waitSynced()
  expect(registry.loadCount).toBe(loadsBefore + 1)
  expect(recordsJson(later.doc)).toBe(written)
})

test('a doc with a connection is not unloaded', async () => {
  const server = await startTestServer({ idleUnloadMs: 50 })
  const board = await server.createBoard()
  const docName = formatDocName({ boardId: board.id, kind: 'content' })
  const client = connectClient(server.syncUrl, board.id, board.keys.participant)
  await client.waitSynced()
  const room = server.server.registry.get(docName)
  // Writes after several idle periods still land in the same room.
  for (let i = 0; i < 5; i++) {
    client.kv.set(`shape:n${i}`, noteRecord(`n${i}`))
    await client.roundTrip()
    await new Promise((resolve) => setTimeout(resolve, 60))
  }
  expect(server.server.registry.get(docName)).toBe(room)
  expect(server.server.registry.loadCount).toBe(1)
})

test('a board is held while its last snapshot is still being stored, and let go after', async () => {
  // A node of a cluster gives up the lease of a board it no longer holds: given up too early, the snapshot is refused.
  const server = await startTestServer({ idleUnloadMs: 50 })
  const { registry, store } = server.server
  const board = await server.createBoard()
  const docName = formatDocName({ boardId: board.id, kind: 'content' })
  // Every doc of the board that unloads (the board and its control doc) waits here until let through.
  const held: Array<() => void> = []
  const replaceUpdates = store.docLog.replaceUpdates.bind(store.docLog)
  store.docLog.replaceUpdates = async (doc, snapshot) => {
    await new Promise<void>((resolve) => held.push(resolve))
    await replaceUpdates(doc, snapshot)
  }
  const writer = connectClient(server.syncUrl, board.id, board.keys.participant)
  await writer.waitSynced()
  writer.kv.set('shape:n', noteRecord('n', 'a note'))
  await writer.roundTrip()
  writer.destroy()

  await waitFor(() => registry.get(docName) === undefined && held.length > 0, 'the doc to leave the registry')
  expect(registry.holdsBoard(board.id)).toBe(true)
  store.docLog.replaceUpdates = replaceUpdates
  for (const release of held.splice(0)) release()
  await waitFor(() => !registry.holdsBoard(board.id), 'the board to be let go')
  expect(await store.docLog.countUpdates(docName)).toBe(1)
})
