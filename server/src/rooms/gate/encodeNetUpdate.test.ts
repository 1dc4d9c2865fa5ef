import * as Y from 'yjs'
import { expect, test } from 'vitest'
import { encodeNetUpdate, stateVectorOf, type DeleteSet } from './encodeNetUpdate.ts'

const secret = 'REFUSED-CONTENT-7f3a'

function contains(update: Uint8Array, text: string): boolean {
  return Buffer.from(update).includes(Buffer.from(text))
}

/** A server doc with some history, a client's update that adds a good and a refused entry, and the correction. */
function scenario() {
  const server = new Y.Doc({ gc: true })
  const client = new Y.Doc()
  const seed = new Y.Doc()
  seed.getArray('records').push([{ key: 'a', val: { n: 1 } }])
  seed.getArray('records').delete(0, 1)
  seed.getArray('records').push([{ key: 'b', val: { n: 2 } }])
  Y.applyUpdate(server, Y.encodeStateAsUpdate(seed))
  Y.applyUpdate(client, Y.encodeStateAsUpdate(seed))
  const before = Y.encodeStateVector(client)
  client.getArray('records').push([
    { key: 'good', val: { n: 3 } },
    { key: 'bad', val: { text: secret } },
  ])
  const clientUpdate = Y.encodeStateAsUpdate(client, before)

  const stateBefore = stateVectorOf(server)
  const deleteSets: DeleteSet[] = []
  server.on('afterTransaction', (transaction: Y.Transaction) => deleteSets.push(transaction.deleteSet))
  const updates: Uint8Array[] = []
  server.on('update', (update: Uint8Array) => updates.push(update))
  Y.applyUpdate(server, clientUpdate)
  // The server's correction: delete the refused entry (index 2: after 'b' and 'good').
  server.transact(() => server.getArray('records').delete(2, 1))
  return { server, seed, clientUpdate, stateBefore, deleteSets, updates }
}

test('the net update carries the accepted change and the deletion, but not the refused content', () => {
  const { server, seed, stateBefore, deleteSets, updates } = scenario()
  const net = encodeNetUpdate(server, stateBefore, deleteSets)
  expect(net).not.toBeNull()
  expect(contains(net!, secret)).toBe(false)
  // Merging the client's update with the correction would still send it.
  expect(contains(Y.mergeUpdates(updates), secret)).toBe(true)

  // Someone who had the doc before ends up exactly where the server is.
  const other = new Y.Doc()
  Y.applyUpdate(other, Y.encodeStateAsUpdate(seed))
  Y.applyUpdate(other, net!)
  expect(other.getArray('records').toJSON()).toEqual(server.getArray('records').toJSON())
  expect(other.getArray('records').toJSON()).toEqual([
    { key: 'b', val: { n: 2 } },
    { key: 'good', val: { n: 3 } },
  ])
  expect(Y.encodeStateVector(other)).toEqual(Y.encodeStateVector(server))
})

test('the net update holds only this step’s deletions, not the whole history', () => {
  const { server, stateBefore, deleteSets } = scenario()
  const net = encodeNetUpdate(server, stateBefore, deleteSets)!
  const full = Y.encodeStateAsUpdate(server, Y.encodeStateVector(new Y.Doc()))
  const decoded = Y.decodeUpdate(net)
  // The old deletion of 'a' is not in it; the correction's is.
  const deletedClocks = [...decoded.ds.clients.values()].flat().length
  expect(deletedClocks).toBe(1)
  expect(Y.decodeUpdate(full).ds.clients.size).toBeGreaterThan(0)
})

test('nothing new gives no update', () => {
  const doc = new Y.Doc()
  doc.getArray('records').push([1])
  expect(encodeNetUpdate(doc, stateVectorOf(doc), [])).toBeNull()
})
