import { CloseCode, formatDocName, type CreatedBoard, type JoinedBoard } from '@wesee/shared'
import { expect, test } from 'vitest'
import { docUrl, rawSocket, type RawSocket } from '../helpers/rawSocket.ts'
import { joinAs } from '../helpers/stageCommands.ts'
import { startTestServer, type TestServer } from '../helpers/testServer.ts'

/** The three sockets the WeSee client opens for one person: board, control doc, private notes. */
function openAsPerson(server: TestServer, board: CreatedBoard, person: JoinedBoard): RawSocket[] {
  const docs = [
    formatDocName({ boardId: board.id, kind: 'content' }),
    formatDocName({ boardId: board.id, kind: 'control' }),
    formatDocName({ boardId: board.id, kind: 'private', participantId: person.participantId }),
  ]
  return docs.map((doc) =>
    rawSocket(
      `${docUrl(server.syncUrl, doc, board.keys.participant)}&token=${encodeURIComponent(person.token)}`,
    ),
  )
}

test(
  'with the default caps, 500 real people join one board and open their three docs each; the 501st is told it is full',
  { timeout: 120_000 },
  async () => {
    // Only the join rate is raised: here all 501 people come from one address.
    const server = await startTestServer({ limits: { maxJoinsPerIpPerMinute: 1000 } })
    const board = await server.createBoard()
    const people: JoinedBoard[] = []
    for (let i = 0; i < 501; i++)
      people.push(await joinAs(server, board, board.keys.participant, `Person ${i}`))

    // In waves of 50 people (150 sockets), as a room fills after the join code goes up.
    for (let first = 0; first < 500; first += 50) {
      const sockets = people.slice(first, first + 50).flatMap((person) => openAsPerson(server, board, person))
      const outcomes = await Promise.all(sockets.map((socket) => socket.outcome))
      expect(outcomes.every((outcome) => outcome === 'accepted')).toBe(true)
    }
    expect(server.server.sync.peopleOn(board.id)).toBe(500)

    const late = await Promise.all(openAsPerson(server, board, people[500]!).map((s) => s.outcome))
    expect(late).toEqual([CloseCode.BoardFull, CloseCode.BoardFull, CloseCode.BoardFull])
  },
)
