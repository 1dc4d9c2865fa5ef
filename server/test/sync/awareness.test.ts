import { expect, test } from 'vitest'
import type { WebSocket } from 'ws'
import { connectClient } from '../helpers/syncClient.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

test("a client's presence reaches another client and goes when it leaves", async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const a = connectClient(server.syncUrl, board.id, board.keys.participant)
  const b = connectClient(server.syncUrl, board.id, board.keys.facilitator)
  await Promise.all([a.waitSynced(), b.waitSynced()])

  const aId = a.doc.clientID
  a.provider.awareness.setLocalStateField('user', { name: 'Ada', avatar: 'sun' })
  await waitFor(() => b.provider.awareness.getStates().has(aId), "A's presence at B")
  expect(b.provider.awareness.getStates().get(aId)).toEqual({ user: { name: 'Ada', avatar: 'sun' } })

  a.provider.awareness.setLocalStateField('cursor', { x: 10, y: 20 })
  await waitFor(() => b.provider.awareness.getStates().get(aId)?.cursor !== undefined, "A's cursor at B")

  // A leaves politely: its provider says goodbye.
  a.destroy()
  await waitFor(() => !b.provider.awareness.getStates().has(aId), "A's presence to leave B")
})

test("a client's presence goes when its connection drops without a goodbye", async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const a = connectClient(server.syncUrl, board.id, board.keys.participant)
  const b = connectClient(server.syncUrl, board.id, board.keys.participant)
  await Promise.all([a.waitSynced(), b.waitSynced()])
  a.provider.awareness.setLocalStateField('user', { name: 'Ada' })
  await waitFor(() => b.provider.awareness.getStates().has(a.doc.clientID), "A's presence at B")

  // The network drops: no awareness message, just a dead socket. The server
  // must remove what A published.
  ;(a.provider.ws as unknown as WebSocket).terminate()
  a.destroy()
  await waitFor(() => !b.provider.awareness.getStates().has(a.doc.clientID), "A's presence to leave B")
})

test('a client that joins later sees presence already there', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const a = connectClient(server.syncUrl, board.id, board.keys.participant)
  await a.waitSynced()
  a.provider.awareness.setLocalStateField('user', { name: 'Ada' })
  await a.roundTrip()

  const late = connectClient(server.syncUrl, board.id, board.keys.participant)
  await late.waitSynced()
  await waitFor(
    () => late.provider.awareness.getStates().has(a.doc.clientID),
    "A's presence at the late client",
  )
})

test("a viewer's presence is not shown to others", async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const viewer = connectClient(server.syncUrl, board.id, board.keys.viewer)
  const participant = connectClient(server.syncUrl, board.id, board.keys.participant)
  await Promise.all([viewer.waitSynced(), participant.waitSynced()])
  viewer.provider.awareness.setLocalStateField('user', { name: 'Projector' })
  participant.provider.awareness.setLocalStateField('user', { name: 'Ada' })
  // The viewer still sees others: the test would fail if presence were not relayed at all.
  await waitFor(
    () => viewer.provider.awareness.getStates().has(participant.doc.clientID),
    'presence at the viewer',
  )
  await viewer.roundTrip()
  await participant.roundTrip()
  expect(participant.provider.awareness.getStates().has(viewer.doc.clientID)).toBe(false)
})
