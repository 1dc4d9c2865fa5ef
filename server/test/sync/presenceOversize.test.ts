import { formatDocName } from '@wesee/shared'
import { expect, test } from 'vitest'
import { awarenessMessage, presenceClaiming, presenceWiretap } from '../helpers/presenceWiretap.ts'
import { docUrl, rawSocket } from '../helpers/rawSocket.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

test('a presence state over the size limit is dropped; a small one from the same socket still shows', async () => {
  const server = await startTestServer({ limits: { maxPresenceBytes: 4096 } })
  const board = await server.createBoard()
  const content = formatDocName({ boardId: board.id, kind: 'content' })
  const wiretap = presenceWiretap(docUrl(server.syncUrl, content, board.keys.participant))
  await wiretap.socket.opened

  const hostile = rawSocket(docUrl(server.syncUrl, content, board.keys.participant))
  await hostile.opened
  const big = { ...presenceClaiming('x', 'x'), junk: 'x'.repeat(5000) }
  hostile.socket.send(awarenessMessage([{ clientId: 500, clock: 1, state: big }]))
  hostile.socket.send(awarenessMessage([{ clientId: 500, clock: 2, state: presenceClaiming('x', 'x') }]))
  await waitFor(() => wiretap.current().has(500), 'the small state')

  for (const { state } of wiretap.heard) expect(JSON.stringify(state).length).toBeLessThan(4096)
  expect(wiretap.current().get(500)).not.toHaveProperty('junk')
  expect(hostile.socket.readyState).toBe(hostile.socket.OPEN)
})
