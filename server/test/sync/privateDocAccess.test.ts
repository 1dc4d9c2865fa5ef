import { CloseCode, formatDocName } from '@wesee/shared'
import { expect, test } from 'vitest'
import { requestJson } from '../helpers/api.ts'
import { docUrl, rawSocket } from '../helpers/rawSocket.ts'
import { startTestServer, type TestServer } from '../helpers/testServer.ts'

interface Joined {
  participantId: string
  token: string
}

async function join(server: TestServer, boardId: string, key: string): Promise<Joined> {
  const response = await requestJson(`${server.url}/api/boards/${boardId}/participants`, {
    body: { name: 'Ada' },
    key,
  })
  expect(response.status).toBe(201)
  return response.body as Joined
}

test('a private doc opens only for its owner, proven by their token', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const ada = await join(server, board.id, board.keys.participant)
  const bo = await join(server, board.id, board.keys.participant)
  const adaDoc = formatDocName({ boardId: board.id, kind: 'private', participantId: ada.participantId })
  const open = (key: string, token?: string) =>
    rawSocket(`${docUrl(server.syncUrl, adaDoc, key)}${token ? `&token=${encodeURIComponent(token)}` : ''}`)
      .outcome

  expect(await open(board.keys.participant, ada.token)).toBe('accepted')
  // No token, even with the facilitator key.
  expect(await open(board.keys.facilitator)).toBe(CloseCode.Unauthorized)
  expect(await open(board.keys.participant, 'not-a-real-token')).toBe(CloseCode.Unauthorized)
  // Someone else's valid token.
  expect(await open(board.keys.participant, bo.token)).toBe(CloseCode.Forbidden)
  // The right token with the wrong key.
  expect(await open('wrong-key-wrong-key-wrong-key-xx', ada.token)).toBe(CloseCode.Unauthorized)
})

test("a token from one board does not open another board's docs", async () => {
  const server = await startTestServer()
  const one = await server.createBoard()
  const two = await server.createBoard()
  const ada = await join(server, one.id, one.keys.participant)
  const onTwo = formatDocName({ boardId: two.id, kind: 'private', participantId: ada.participantId })
  const socket = rawSocket(`${docUrl(server.syncUrl, onTwo, two.keys.participant)}&token=${ada.token}`)
  expect(await socket.outcome).toBe(CloseCode.Unauthorized)
})
