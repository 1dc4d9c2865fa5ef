import { formatDocName } from '@wesee/shared'
import { expect, test } from 'vitest'
import { docUrl, rawSocket } from '../helpers/rawSocket.ts'
import { connectClient } from '../helpers/syncClient.ts'
import { startTestServer } from '../helpers/testServer.ts'

test('a socket that stops answering pings is closed; a live one stays', async () => {
  const server = await startTestServer({ heartbeatMs: 200 })
  const board = await server.createBoard()
  const content = formatDocName({ boardId: board.id, kind: 'content' })
  const live = connectClient(server.syncUrl, board.id, board.keys.participant)
  await live.waitSynced()

  // A client whose network died: the socket is open but nothing answers.
  const dead = rawSocket(docUrl(server.syncUrl, content, board.keys.participant), { autoPong: false })
  expect(await dead.outcome).toBe('accepted')
  const { code } = await dead.closed
  // Terminated, not closed politely: there is no one to say goodbye to.
  expect(code).toBe(1006)

  // The dead one missed two heartbeats; the live one answered them and is still served.
  await live.roundTrip()
  expect(server.server.sync.connectionsOfBoard(board.id)).toHaveLength(1)
})
