import { formatDocName, type CreatedBoard, type NewBoardKey } from '@wesee/shared'
import type { WebsocketProvider } from 'y-websocket'
import { expect, test } from 'vitest'
import { expectApiError, requestJson } from '../helpers/api.ts'
import { docUrl, rawSocket } from '../helpers/rawSocket.ts'
import { connectControl, joinAs } from '../helpers/stageCommands.ts'
import { connectClient, noteRecord } from '../helpers/syncClient.ts'
import { startTestServer, type TestServer } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

function makeNewLink(server: TestServer, board: CreatedBoard, role: string, key: string) {
  return requestJson(`${server.url}/api/boards/${board.id}/keys/${role}`, { body: {}, key })
}

async function newKeyFor(server: TestServer, board: CreatedBoard, role: string): Promise<string> {
  const made = await makeNewLink(server, board, role, board.keys.facilitator)
  expect(made.status).toBe(201)
  return (made.body as NewBoardKey).key
}

/** Every close code a stock provider is told, in order. */
function closeCodes(provider: WebsocketProvider): number[] {
  const codes: number[] = []
  provider.on('connection-close', (event) => {
    if (event) codes.push(event.code)
  })
  return codes
}

test('a participant or viewer key cannot make any new link, and nothing changes', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  for (const key of [board.keys.participant, board.keys.viewer]) {
    for (const role of ['facilitator', 'participant', 'viewer']) {
      const body = expectApiError(await makeNewLink(server, board, role, key), 403, 'forbidden')
      expect(body.error.reason).toBe('only_facilitator')
    }
  }
  // Every link still works.
  for (const key of Object.values(board.keys)) {
    expect((await requestJson(`${server.url}/api/boards/${board.id}`, { key })).status).toBe(200)
  }
})

test('a new participant link takes whoever holds the old one off the board at once, and they cannot come back with it', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const pat = await joinAs(server, board, board.keys.participant, 'Pat')
  // A stock client that would try again for ever, as a script with a leaked link would.
  const leaked = connectClient(server.syncUrl, board.id, board.keys.participant, {
    token: pat.token,
    reconnect: true,
  })
  const leakedCloses = closeCodes(leaked.provider)
  const stranger = connectClient(server.syncUrl, board.id, board.keys.participant, { reconnect: true })
  const strangerCloses = closeCodes(stranger.provider)
  const viewer = connectClient(server.syncUrl, board.id, board.keys.viewer)
  const facilitator = connectClient(server.syncUrl, board.id, board.keys.facilitator)
  await Promise.all([leaked, stranger, viewer, facilitator].map((client) => client.waitSynced()))

  const fresh = await newKeyFor(server, board, 'participant')
  await waitFor(() => leakedCloses.length >= 2 && strangerCloses.length >= 2, 'two refusals each')
  expect(new Set([...leakedCloses, ...strangerCloses])).toEqual(new Set([4401]))
  expect(leaked.provider.wsconnected).toBe(false)

  // What it writes now reaches nobody.
  leaked.kv.set('shape:leaked', noteRecord('leaked', 'Still here'))
  facilitator.kv.set('shape:facilitator', noteRecord('facilitator', 'Welcome'))
  await facilitator.roundTrip()
  await waitFor(() => viewer.kv.has('shape:facilitator'), 'the viewer to see the facilitator’s note')
  await viewer.roundTrip()
  expect(viewer.kv.has('shape:leaked')).toBe(false)
  expect(facilitator.kv.has('shape:leaked')).toBe(false)
  // Only the participant link was replaced: the viewer and the facilitator stayed on.
  expect(viewer.provider.wsconnected && facilitator.provider.wsconnected).toBe(true)

  // The old key opens no doc, with or without a token, and joins nobody.
  for (const kind of ['content', 'control'] as const) {
    const socket = rawSocket(
      docUrl(server.syncUrl, formatDocName({ boardId: board.id, kind }), board.keys.participant),
    )
    expect(await socket.outcome).toBe(4401)
  }
  const privateDoc = formatDocName({ boardId: board.id, kind: 'private', participantId: pat.participantId })
  const oldPrivate = rawSocket(
    `${docUrl(server.syncUrl, privateDoc, board.keys.participant)}&token=${encodeURIComponent(pat.token)}`,
  )
  expect(await oldPrivate.outcome).toBe(4401)
  const join = (key: string) =>
    requestJson(`${server.url}/api/boards/${board.id}/participants`, { body: { name: 'Lee' }, key })
  expectApiError(await join(board.keys.participant), 401, 'unauthorized')

  // Pat, given the new link, comes back as Pat.
  const control = await connectControl(server, board, board.keys.facilitator)
  await control.waitUntil((s) => s.participants.every((p) => !p.present), 'Pat to have left')
  const back = connectClient(server.syncUrl, board.id, fresh, { token: pat.token })
  await back.waitSynced()
  const snapshot = await control.waitUntil((s) => s.participants[0]?.present === true, 'Pat to be back')
  expect(snapshot.participants.map((p) => p.id)).toEqual([pat.participantId])
})

test('a new viewer link takes the old view-only screens off; a new facilitator link takes the old facilitator sockets off', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const projector = connectClient(server.syncUrl, board.id, board.keys.viewer)
  const projectorCloses = closeCodes(projector.provider)
  const oldFacilitator = connectClient(server.syncUrl, board.id, board.keys.facilitator)
  const oldFacilitatorCloses = closeCodes(oldFacilitator.provider)
  const participant = connectClient(server.syncUrl, board.id, board.keys.participant)
  await Promise.all([projector, oldFacilitator, participant].map((client) => client.waitSynced()))

  await newKeyFor(server, board, 'viewer')
  await waitFor(() => projectorCloses.length > 0, 'the old projector to be closed')
  expect(projectorCloses).toEqual([4401])
  expect(oldFacilitator.provider.wsconnected).toBe(true)

  const made = await makeNewLink(server, board, 'facilitator', board.keys.facilitator)
  const fresh = (made.body as NewBoardKey).key
  await waitFor(() => oldFacilitatorCloses.length > 0, 'the old facilitator socket to be closed')
  expect(oldFacilitatorCloses).toEqual([4401])
  // The old facilitator key cannot make another link to get back in.
  expectApiError(await makeNewLink(server, board, 'facilitator', board.keys.facilitator), 401, 'unauthorized')
  expect(participant.provider.wsconnected).toBe(true)
  const again = connectClient(server.syncUrl, board.id, fresh)
  await again.waitSynced()
})
