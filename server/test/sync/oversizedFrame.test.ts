import { CloseCode, formatDocName } from '@wesee/shared'
import { expect, test } from 'vitest'
import { docUrl, rawSocket } from '../helpers/rawSocket.ts'
import { connectClient, noteRecord, waitForRecord } from '../helpers/syncClient.ts'
import { startTestServer } from '../helpers/testServer.ts'

test('a 3 MiB frame is closed with 4413, and the server keeps serving', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const content = formatDocName({ boardId: board.id, kind: 'content' })
  const bystander = connectClient(server.syncUrl, board.id, board.keys.participant)
  await bystander.waitSynced()

  const socket = rawSocket(docUrl(server.syncUrl, content, board.keys.participant))
  await socket.opened
  // A sync update header in front, so only the size is wrong.
  const frame = new Uint8Array(3 * 1024 * 1024)
  frame.set([0, 2])
  socket.socket.send(frame)
  expect((await socket.closed).code).toBe(CloseCode.TooLarge)

  // The one connection was closed; everyone else carries on.
  const fresh = connectClient(server.syncUrl, board.id, board.keys.facilitator)
  await fresh.waitSynced()
  expect(fresh.kv.has('page:page')).toBe(true)
  fresh.kv.set('shape:after', noteRecord('after'))
  await waitForRecord(bystander, 'shape:after')
})

test('a frame far over the limit is cut off by the socket layer itself', async () => {
  const server = await startTestServer({ limits: { maxMessageBytes: 1024 } })
  const board = await server.createBoard()
  const content = formatDocName({ boardId: board.id, kind: 'content' })
  const socket = rawSocket(docUrl(server.syncUrl, content, board.keys.participant))
  await socket.opened
  socket.socket.send(new Uint8Array(1024 * 5))
  // 1009: "message too big", sent by ws before the frame is even buffered.
  expect((await socket.closed).code).toBe(1009)

  const fresh = connectClient(server.syncUrl, board.id, board.keys.facilitator)
  await fresh.waitSynced()
})
