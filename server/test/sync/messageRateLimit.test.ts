import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { CloseCode, formatDocName } from '@wesee/shared'
import { expect, test } from 'vitest'
import { docUrl, rawSocket } from '../helpers/rawSocket.ts'
import { connectClient, noteRecord, waitForRecord } from '../helpers/syncClient.ts'
import { startTestServer } from '../helpers/testServer.ts'

function syncStep1OfEmptyDoc(): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 0)
  syncProtocol.writeSyncStep1(encoder, new Y.Doc())
  return encoding.toUint8Array(encoder)
}

/** A "query awareness" message: harmless, so only the rate can be wrong. */
const queryAwareness = new Uint8Array([3])

test('a connection flooding messages is closed with 4429; others carry on', async () => {
  const server = await startTestServer({ limits: { maxMessagesPerSecond: 5 } })
  const board = await server.createBoard()
  const content = formatDocName({ boardId: board.id, kind: 'content' })
  const calm = connectClient(server.syncUrl, board.id, board.keys.participant)
  await calm.waitSynced()

  const flooder = rawSocket(docUrl(server.syncUrl, content, board.keys.participant))
  await flooder.opened
  for (let i = 0; i < 100; i++) flooder.socket.send(queryAwareness)
  expect((await flooder.closed).code).toBe(CloseCode.TooMany)

  const other = connectClient(server.syncUrl, board.id, board.keys.facilitator)
  await other.waitSynced()
  other.kv.set('shape:after-flood', noteRecord('after-flood'))
  await waitForRecord(calm, 'shape:after-flood')
})

test('a burst within the limit is fine', async () => {
  const server = await startTestServer({ limits: { maxMessagesPerSecond: 5 } })
  const board = await server.createBoard()
  const content = formatDocName({ boardId: board.id, kind: 'content' })
  const socket = rawSocket(docUrl(server.syncUrl, content, board.keys.participant))
  await socket.opened
  // The bucket holds two seconds' worth: ten messages in a burst pass. The
  // last is a sync step 1, whose answer (step 2) proves all ten were handled.
  for (let i = 0; i < 9; i++) socket.socket.send(queryAwareness)
  const answered = new Promise<void>((resolve, reject) => {
    socket.socket.on('message', (data: Buffer) => {
      if (data[0] === 0 && data[1] === 1) resolve()
    })
    void socket.closed.then(({ code }) => reject(new Error(`closed with ${code}`)))
  })
  socket.socket.send(syncStep1OfEmptyDoc())
  await answered
  expect(socket.socket.readyState).toBe(socket.socket.OPEN)
  expect(socket.messages.filter((m) => m[0] === 1)).toHaveLength(9)
})
