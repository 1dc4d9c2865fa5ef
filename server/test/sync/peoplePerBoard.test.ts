import { CloseCode, defaultLimits, formatDocName, type CreatedBoard, type JoinedBoard } from '@wesee/shared'
import { expect, test } from 'vitest'
import type { DocGrant } from '../../src/auth/docAccess.ts'
import { ConnectionCounts } from '../../src/sync/ConnectionCounts.ts'
import { docUrl, rawSocket } from '../helpers/rawSocket.ts'
import { joinAs } from '../helpers/stageCommands.ts'
import { startTestServer, type TestServer } from '../helpers/testServer.ts'

/** The three sockets the WeSee client opens for one person: board, control doc, private notes. */
function openAsPerson(server: TestServer, board: CreatedBoard, person: JoinedBoard) {
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

test('the cap counts people, not sockets: each of them opens three, and the next person is told the board is full', async () => {
  // Five people stand in for the default 500 (see the next test); the total
  // connection cap stays at its default.
  const server = await startTestServer({ limits: { maxPeoplePerBoard: 5 } })
  const board = await server.createBoard()
  const people = []
  for (let i = 0; i < 6; i++) people.push(await joinAs(server, board, board.keys.participant, `Person ${i}`))

  for (const person of people.slice(0, 5)) {
    const outcomes = await Promise.all(openAsPerson(server, board, person).map((s) => s.outcome))
    expect(outcomes).toEqual(['accepted', 'accepted', 'accepted'])
  }
  expect(server.server.sync.peopleOn(board.id)).toBe(5)
  // Someone already here may open a second tab.
  const secondTab = rawSocket(
    `${docUrl(server.syncUrl, formatDocName({ boardId: board.id, kind: 'content' }), board.keys.participant)}&token=${people[0]!.token}`,
  )
  expect(await secondTab.outcome).toBe('accepted')
  // A sixth person is not let in, with words the client can show.
  const outcomes = await Promise.all(openAsPerson(server, board, people[5]!).map((s) => s.outcome))
  expect(outcomes).toEqual([CloseCode.BoardFull, CloseCode.BoardFull, CloseCode.BoardFull])
})

test('with the default limits, 500 people with three sockets each (and a second tab) fit on one board', () => {
  const counts = new ConnectionCounts(defaultLimits)
  const grant = (participantId: string, kind: 'content' | 'control' | 'private'): DocGrant => {
    const doc = kind === 'private' ? { boardId: 'board', kind, participantId } : { boardId: 'board', kind }
    return { boardId: 'board', docName: formatDocName(doc), doc, role: 'participant', participantId }
  }
  for (let i = 0; i < 500; i++) {
    for (const kind of ['content', 'control', 'private', 'content'] as const) {
      expect(counts.admit(grant(`p${i}`, kind), `person:p${i}`).ok).toBe(true)
    }
  }
  expect(counts.peopleOn('board')).toBe(500)
  expect(counts.admit(grant('p500', 'content'), 'person:p500')).toEqual({ ok: false, refusal: 'BoardFull' })
})
