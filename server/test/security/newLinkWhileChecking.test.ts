import { formatDocName } from '@wesee/shared'
import { expect, test } from 'vitest'
import { requestJson } from '../helpers/api.ts'
import { docUrl, rawSocket } from '../helpers/rawSocket.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

/**
 * The store may be across the network, so a socket can be checked against
 * the old key, the facilitator make a new link and every open socket be
 * closed, all before that socket has finished opening. It must not stay.
 */
test('a socket checked against the old viewer key while a new link was made is shut out once it opens', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const boards = server.server.store.boards
  const readBoard = boards.getBoard.bind(boards)
  // The next board read answers with what it read, but only when let go: the old key.
  let holdNextRead: Promise<void> | null = null
  let letGo = () => {}
  let heldReads = 0
  boards.getBoard = async (id) => {
    const hold = holdNextRead
    holdNextRead = null
    const row = await readBoard(id)
    if (hold) {
      heldReads++
      await hold
    }
    return row
  }
  holdNextRead = new Promise<void>((resolve) => (letGo = resolve))

  const late = rawSocket(
    docUrl(server.syncUrl, formatDocName({ boardId: board.id, kind: 'content' }), board.keys.viewer),
  )
  await waitFor(() => heldReads === 1, 'the socket to read the board')
  const made = await requestJson(`${server.url}/api/boards/${board.id}/keys/viewer`, {
    body: {},
    key: board.keys.facilitator,
  })
  expect(made.status).toBe(201)

  letGo()
  await late.opened
  expect((await late.closed).code).toBe(4401)
})
