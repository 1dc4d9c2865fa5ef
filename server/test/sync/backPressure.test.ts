import { CloseCode, formatDocName } from '@wesee/shared'
import { expect, test } from 'vitest'
import { docUrl, rawSocket } from '../helpers/rawSocket.ts'
import { connectClient, noteRecord, waitForRecord } from '../helpers/syncClient.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

test('a socket that stops reading is closed as too slow (4408); everyone else carries on', async () => {
  const maxBufferedBytes = 256 * 1024
  const server = await startTestServer({ limits: { maxBufferedBytes } })
  const board = await server.createBoard()
  const content = formatDocName({ boardId: board.id, kind: 'content' })
  const writer = connectClient(server.syncUrl, board.id, board.keys.facilitator)
  const reader = connectClient(server.syncUrl, board.id, board.keys.participant)
  const stalled = rawSocket(docUrl(server.syncUrl, content, board.keys.viewer))
  await Promise.all([writer.waitSynced(), reader.waitSynced(), stalled.opened])
  const stalledOnServer = () =>
    server.server.sync.connectionsOfBoard(board.id).find((c) => c.grant.role === 'viewer')
  const onServer = stalledOnServer()!
  expect(onServer).toBeDefined()

  // The viewer never reads again: everything sent to it waits on the server.
  stalled.socket.pause()
  let most = 0
  for (let i = 0; i < 200 && stalledOnServer(); i++) {
    const text = `${i} ${'x'.repeat(100_000)}`
    writer.kv.set('shape:big', noteRecord('big', text))
    // The reading client has it: the server has sent it to the stalled one too.
    await waitFor(() => (JSON.stringify(reader.kv.get('shape:big')) ?? '').includes(`"${i} x`), `change ${i}`)
    most = Math.max(most, onServer.socket.bufferedAmount)
  }
  expect(stalledOnServer()).toBeUndefined()
  // What waited for it never grew far past the limit (one message over at most).
  expect(most).toBeLessThan(maxBufferedBytes + 200_000)

  // Reading again, it finds the typed close at the end of what was queued.
  stalled.socket.resume()
  expect((await stalled.closed).code).toBe(CloseCode.TooSlow)

  // The reading client got every change and is still connected.
  writer.kv.set('shape:after', noteRecord('after'))
  await waitForRecord(reader, 'shape:after')
  expect(reader.provider.wsconnected).toBe(true)
})
