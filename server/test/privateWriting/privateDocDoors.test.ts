import { CloseCode, formatDocName } from '@wesee/shared'
import { expect, test } from 'vitest'
import { createBoardOver } from '../helpers/api.ts'
import { connectPrivate, docUrlOf, joinPerson, privateNote, writeNotes } from '../helpers/privateWriting.ts'
import { rawSocket } from '../helpers/rawSocket.ts'
import { startTestServer } from '../helpers/testServer.ts'

test('every wrong way into a private doc is refused with 4401 or 4403', async () => {
  const server = await startTestServer()
  const board = await createBoardOver(server.url, 'Doors', { template: 'exploration' })
  const ada = await joinPerson(server.url, board, board.keys.participant, { name: 'Ada' })
  const fran = await joinPerson(server.url, board, board.keys.facilitator, { name: 'Fran' })
  const adaDoc = formatDocName({ boardId: board.id, kind: 'private', participantId: ada.participantId })
  const open = (key: string, token?: string, doc = adaDoc) =>
    rawSocket(docUrlOf(server, doc, key, token)).outcome

  // The facilitator, with their own real token, still cannot open Ada's.
  expect(await open(board.keys.facilitator, fran.token)).toBe(CloseCode.Forbidden)
  expect(await open(board.keys.facilitator)).toBe(CloseCode.Unauthorized)
  // Her own token with a view-only key: viewers never open a private doc.
  expect(await open(board.keys.viewer, ada.token)).toBe(CloseCode.Forbidden)
  expect(await open(board.keys.viewer)).toBe(CloseCode.Unauthorized)
  // An empty token, a token with one letter changed.
  expect(await open(board.keys.participant, '')).toBe(CloseCode.Unauthorized)
  const changed = `${ada.token.slice(0, -1)}${ada.token.endsWith('a') ? 'b' : 'a'}`
  expect(await open(board.keys.participant, changed)).toBe(CloseCode.Unauthorized)
  // A private doc of someone who does not exist.
  const nobody = formatDocName({ boardId: board.id, kind: 'private', participantId: 'nobody-at-all' })
  expect(await open(board.keys.participant, ada.token, nobody)).toBe(CloseCode.Forbidden)
  // The right token opens it; so does the facilitator's own, for their own notes.
  expect(await open(board.keys.participant, ada.token)).toBe('accepted')
  const franDoc = formatDocName({ boardId: board.id, kind: 'private', participantId: fran.participantId })
  expect(await open(board.keys.facilitator, fran.token, franDoc)).toBe('accepted')
})

test('what a refused socket sent never reaches the private doc', async () => {
  const server = await startTestServer()
  const board = await createBoardOver(server.url, 'Tamper', { template: 'exploration' })
  const ada = await joinPerson(server.url, board, board.keys.participant, { name: 'Ada' })
  const bo = await joinPerson(server.url, board, board.keys.participant, { name: 'Bo' })
  const adaPrivate = await connectPrivate(server.syncUrl, board, ada)
  await writeNotes(adaPrivate, [privateNote('mine', 'Mine')])
  const adaDoc = formatDocName({ boardId: board.id, kind: 'private', participantId: ada.participantId })
  // Bo opens with his token and immediately sends a (well-formed) sync step 1 and garbage.
  const socket = rawSocket(docUrlOf(server, adaDoc, bo.key, bo.token))
  socket.socket.on('open', () => socket.socket.send(new Uint8Array([0, 0, 1, 0])))
  expect(await socket.outcome).toBe(CloseCode.Forbidden)
  expect(socket.messages).toHaveLength(0)
  await adaPrivate.roundTrip()
  expect([...adaPrivate.kv.map.keys()]).toEqual(['shape:mine'])
})
