import { formatDocName } from '@wesee/shared'
import { expect, test } from 'vitest'
import { awarenessMessage, presenceClaiming, presenceWiretap } from '../helpers/presenceWiretap.ts'
import { docUrl, rawSocket } from '../helpers/rawSocket.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

test("a connection's second client id is refused: it keeps one presence, its first", async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const content = formatDocName({ boardId: board.id, kind: 'content' })
  const wiretap = presenceWiretap(docUrl(server.syncUrl, content, board.keys.participant))
  await wiretap.socket.opened

  const hostile = rawSocket(docUrl(server.syncUrl, content, board.keys.participant))
  await hostile.opened
  hostile.socket.send(awarenessMessage([{ clientId: 10, clock: 1, state: presenceClaiming('a', 'A') }]))
  hostile.socket.send(awarenessMessage([{ clientId: 11, clock: 1, state: presenceClaiming('b', 'B') }]))
  // Its own id again, later: this one counts, which proves the second message was handled before it.
  hostile.socket.send(awarenessMessage([{ clientId: 10, clock: 2, state: { presence: null, marker: 1 } }]))
  await waitFor(() => wiretap.current().get(10)?.marker === 1, 'the third message')
  expect(wiretap.heard.some((h) => h.clientId === 11)).toBe(false)

  // Nor can a connection speak for an id another connection already uses.
  const thief = rawSocket(docUrl(server.syncUrl, content, board.keys.participant))
  await thief.opened
  thief.socket.send(awarenessMessage([{ clientId: 10, clock: 3, state: null }]))
  thief.socket.send(awarenessMessage([{ clientId: 12, clock: 1, state: { marker: 2 } }]))
  await waitFor(() => wiretap.current().get(12)?.marker === 2, 'the thief to show its own')
  expect(wiretap.current().get(10)?.marker).toBe(1)

  // When the first connection leaves, its one presence goes with it.
  hostile.socket.close()
  await waitFor(() => !wiretap.current().has(10), 'presence 10 to go')
})
