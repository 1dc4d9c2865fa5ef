import { formatDocName, type JoinedBoard } from '@wesee/shared'
import { describe, expect, it } from 'vitest'
import { requestJson } from '../helpers/api.ts'
import { rawSocket } from '../helpers/rawSocket.ts'
import { connectControl } from '../helpers/stageCommands.ts'
import { connectClient } from '../helpers/syncClient.ts'
import { startTestServer, type TestServer } from '../helpers/testServer.ts'

async function joinBoard(
  server: TestServer,
  boardId: string,
  key: string,
  name: string,
): Promise<JoinedBoard> {
  const response = await requestJson(`${server.url}/api/boards/${boardId}/participants`, {
    body: { name },
    key,
  })
  return response.body as JoinedBoard
}

function contentUrl(server: TestServer, boardId: string, key: string, token: string): string {
  const doc = formatDocName({ boardId, kind: 'content' })
  return `${server.syncUrl}/${doc}?key=${encodeURIComponent(key)}&token=${encodeURIComponent(token)}`
}

describe('participant tokens on the sync socket', () => {
  it('keeps a returning participant the same person across reconnects, and shows who is here now', async () => {
    const server = await startTestServer()
    const board = await server.createBoard()
    const sam = await joinBoard(server, board.id, board.keys.participant, 'Sam')
    const facilitator = await connectControl(server, board, board.keys.facilitator)

    const first = connectClient(server.syncUrl, board.id, board.keys.participant, { token: sam.token })
    await first.waitSynced()
    await facilitator.waitUntil((s) => s.participants[0]?.present === true, 'Sam to be here')
    first.destroy()
    await facilitator.waitUntil((s) => s.participants[0]?.present === false, 'Sam to have left')

    const again = connectClient(server.syncUrl, board.id, board.keys.participant, { token: sam.token })
    await again.waitSynced()
    const snapshot = await facilitator.waitUntil((s) => s.participants[0]?.present === true, 'Sam to be back')
    expect(snapshot.participants).toHaveLength(1)
    expect(snapshot.participants[0]?.id).toBe(sam.participantId)

    // Arrivals and departures are recorded for the participation record.
    const kinds = (await server.server.store.people.presenceEvents(board.id)).map((event) => event.kind)
    expect(kinds).toEqual(['arrive', 'leave', 'arrive'])
  })

  it("refuses a forged token and another board's token with 4401", async () => {
    const server = await startTestServer()
    const board = await server.createBoard()
    const other = await server.createBoard()
    const stranger = await joinBoard(server, other.id, other.keys.participant, 'X')
    for (const token of ['forged-token-forged-token-forged!', stranger.token]) {
      const socket = rawSocket(contentUrl(server, board.id, board.keys.participant, token))
      expect(await socket.outcome).toBe(4401)
    }
    // The real owner of that token still gets in on their own board.
    const owner = rawSocket(contentUrl(server, other.id, other.keys.participant, stranger.token))
    expect(await owner.outcome).toBe('accepted')
  })
})
