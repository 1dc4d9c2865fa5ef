import { CloseCode, formatDocName } from '@wesee/shared'
import { expect, test } from 'vitest'
import { docUrl, rawSocket } from '../helpers/rawSocket.ts'
import { connectClient } from '../helpers/syncClient.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

test('past the connection limit of a board, a new connection is closed as full (4430)', async () => {
  const server = await startTestServer({ limits: { maxConnectionsPerBoard: 2 } })
  const board = await server.createBoard()
  const content = formatDocName({ boardId: board.id, kind: 'content' })
  const a = connectClient(server.syncUrl, board.id, board.keys.participant)
  const b = connectClient(server.syncUrl, board.id, board.keys.participant)
  await Promise.all([a.waitSynced(), b.waitSynced()])

  const third = rawSocket(docUrl(server.syncUrl, content, board.keys.facilitator))
  expect(await third.outcome).toBe(CloseCode.BoardFull)
  // The limit is per board: other boards are not affected.
  const other = await server.createBoard()
  await connectClient(server.syncUrl, other.id, other.keys.participant).waitSynced()

  // A place frees up when someone leaves.
  a.destroy()
  await waitFor(() => server.server.sync.connectionsOfBoard(board.id).length === 1, 'A to be gone')
  await connectClient(server.syncUrl, board.id, board.keys.participant).waitSynced()
})

test('connections opened at the same moment cannot overshoot the limit', async () => {
  const server = await startTestServer({ limits: { maxConnectionsPerBoard: 3 } })
  const board = await server.createBoard()
  const content = formatDocName({ boardId: board.id, kind: 'content' })
  const sockets = Array.from({ length: 8 }, () =>
    rawSocket(docUrl(server.syncUrl, content, board.keys.participant)),
  )
  const outcomes = await Promise.all(sockets.map((s) => s.outcome))
  expect(outcomes.filter((o) => o === 'accepted')).toHaveLength(3)
  expect(outcomes.filter((o) => o !== 'accepted')).toEqual(Array(5).fill(CloseCode.BoardFull))
  expect(server.server.sync.connectionsOfBoard(board.id)).toHaveLength(3)
})
