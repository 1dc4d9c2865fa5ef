import { CloseCode, formatDocName } from '@wesee/shared'
import { expect, test } from 'vitest'
import { docUrl, rawSocket } from '../helpers/rawSocket.ts'
import { joinAs } from '../helpers/stageCommands.ts'
import { connectClient } from '../helpers/syncClient.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

const withToken = (url: string, token: string) => `${url}&token=${encodeURIComponent(token)}`

test('20 sockets of one person on their private doc: two get in, the rest are refused (4431); others still get in', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const hoarder = await joinAs(server, board, board.keys.participant, 'Hoarder')
  const other = await joinAs(server, board, board.keys.participant, 'Other')
  const hoarderDoc = formatDocName({
    boardId: board.id,
    kind: 'private',
    participantId: hoarder.participantId,
  })

  const sockets = Array.from({ length: 20 }, () =>
    rawSocket(withToken(docUrl(server.syncUrl, hoarderDoc, board.keys.participant), hoarder.token)),
  )
  const outcomes = await Promise.all(sockets.map((s) => s.outcome))
  expect(outcomes.filter((o) => o === 'accepted')).toHaveLength(2)
  expect(outcomes.filter((o) => o !== 'accepted')).toEqual(Array(18).fill(CloseCode.TooManyOpen))

  // The same on the board itself: a few, not all.
  const content = formatDocName({ boardId: board.id, kind: 'content' })
  const onBoard = Array.from({ length: 20 }, () =>
    rawSocket(withToken(docUrl(server.syncUrl, content, board.keys.participant), hoarder.token)),
  )
  const boardOutcomes = await Promise.all(onBoard.map((s) => s.outcome))
  expect(boardOutcomes.filter((o) => o === 'accepted')).toHaveLength(4)
  expect(new Set(boardOutcomes.filter((o) => o !== 'accepted'))).toEqual(new Set([CloseCode.TooManyOpen]))

  // Everyone else still gets in: their own private doc, and the board.
  const otherDoc = formatDocName({ boardId: board.id, kind: 'private', participantId: other.participantId })
  await connectClient(server.syncUrl, board.id, board.keys.participant, {
    docName: otherDoc,
    token: other.token,
  }).waitSynced()
  await connectClient(server.syncUrl, board.id, board.keys.participant, { token: other.token }).waitSynced()

  // A place of the hoarder's frees up when one of theirs closes.
  sockets.find((_, i) => outcomes[i] === 'accepted')!.socket.close()
  await waitFor(
    () =>
      server.server.sync.connectionsOfBoard(board.id).filter((c) => c.grant.docName === hoarderDoc).length ===
      1,
    'one private socket to close',
  )
  const again = rawSocket(
    withToken(docUrl(server.syncUrl, hoarderDoc, board.keys.participant), hoarder.token),
  )
  expect(await again.outcome).toBe('accepted')
})

test('links without a token are counted per address, with a higher allowance', async () => {
  const server = await startTestServer({ limits: { maxSocketsPerAddressPerDoc: 3 } })
  const board = await server.createBoard()
  const content = formatDocName({ boardId: board.id, kind: 'content' })
  const sockets = Array.from({ length: 5 }, () =>
    rawSocket(docUrl(server.syncUrl, content, board.keys.viewer)),
  )
  const outcomes = await Promise.all(sockets.map((s) => s.outcome))
  expect(outcomes.filter((o) => o === 'accepted')).toHaveLength(3)
  expect(outcomes.filter((o) => o !== 'accepted')).toEqual([CloseCode.TooManyOpen, CloseCode.TooManyOpen])
  // A person with a token is counted as themselves, not as the address.
  const person = await joinAs(server, board, board.keys.participant, 'Pat')
  await connectClient(server.syncUrl, board.id, board.keys.participant, { token: person.token }).waitSynced()
})
