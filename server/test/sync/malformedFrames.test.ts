import { formatDocName } from '@wesee/shared'
import { expect, test } from 'vitest'
import { docUrl, rawSocket } from '../helpers/rawSocket.ts'
import { connectClient, noteRecord, recordsJson, waitForRecord } from '../helpers/syncClient.ts'
import { startTestServer } from '../helpers/testServer.ts'

/** Close code for a payload that cannot be read (RFC 6455 "invalid frame payload data"). */
const invalidPayload = 1007

/** Deterministic "random" bytes (mulberry32), so a failure can be replayed. */
function pseudoRandomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length)
  let state = seed
  for (let i = 0; i < length; i++) {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    bytes[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff
  }
  return bytes
}

/** A sync "update" message whose update is noise. */
function garbageUpdate(): Uint8Array {
  const noise = pseudoRandomBytes(32, 7)
  return new Uint8Array([0, 2, noise.length, ...noise])
}

test.each([
  ['random bytes', pseudoRandomBytes(512, 1)],
  ['more random bytes', pseudoRandomBytes(64, 2)],
  ['an empty frame', new Uint8Array()],
  ['an unknown message type', new Uint8Array([9, 1, 2, 3])],
  ['an unknown sync step', new Uint8Array([0, 9, 0])],
  ['a truncated sync message', new Uint8Array([0])],
  ['a sync update of noise', garbageUpdate()],
  ['an awareness update of noise', new Uint8Array([1, 6, 200, 200, 200, 200, 200, 200])],
])('%s as a binary frame closes that connection (1007); the server keeps serving', async (_name, frame) => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const content = formatDocName({ boardId: board.id, kind: 'content' })
  const bystander = connectClient(server.syncUrl, board.id, board.keys.participant)
  await bystander.waitSynced()
  const before = recordsJson(bystander.doc)

  const socket = rawSocket(docUrl(server.syncUrl, content, board.keys.participant))
  await socket.opened
  socket.socket.send(frame)
  expect((await socket.closed).code).toBe(invalidPayload)

  const fresh = connectClient(server.syncUrl, board.id, board.keys.facilitator)
  await fresh.waitSynced()
  expect(recordsJson(fresh.doc)).toBe(before)
  fresh.kv.set('shape:after', noteRecord('after'))
  await waitForRecord(bystander, 'shape:after')
})

test('a text frame closes the connection (1007)', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const content = formatDocName({ boardId: board.id, kind: 'content' })
  const socket = rawSocket(docUrl(server.syncUrl, content, board.keys.participant))
  await socket.opened
  socket.socket.send('{"type":"hello"}')
  expect((await socket.closed).code).toBe(invalidPayload)

  const fresh = connectClient(server.syncUrl, board.id, board.keys.participant)
  await fresh.waitSynced()
})
