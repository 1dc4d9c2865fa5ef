import { formatDocName, presenceRoleNames, type ControlSnapshot } from '@wesee/shared'
import { expect, test } from 'vitest'
import { requestJson } from '../helpers/api.ts'
import { presenceClaiming, presenceWiretap } from '../helpers/presenceWiretap.ts'
import { docUrl, rawSocket } from '../helpers/rawSocket.ts'
import { joinAs } from '../helpers/stageCommands.ts'
import { connectClient } from '../helpers/syncClient.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'
import { awarenessMessage } from '../helpers/presenceWiretap.ts'

type Presence = { userId: string; userName: string; color: string }
const presenceOf = (state: unknown) => (state as { presence?: Presence } | undefined)?.presence

test("a participant who presents the facilitator's id and name is shown to others as themselves", async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const content = formatDocName({ boardId: board.id, kind: 'content' })
  const facilitator = await joinAs(server, board, board.keys.facilitator, 'Fatima')
  const pat = await joinAs(server, board, board.keys.participant, 'Pat')
  const control = (
    await requestJson(`${server.url}/api/boards/${board.id}/control`, { key: board.keys.facilitator })
  ).body as ControlSnapshot
  const patColour = control.participants.find((p) => p.id === pat.participantId)!.colour
  const fatimaColour = control.participants.find((p) => p.id === facilitator.participantId)!.colour

  const wiretap = presenceWiretap(docUrl(server.syncUrl, content, board.keys.participant))
  await wiretap.socket.opened
  const observer = connectClient(server.syncUrl, board.id, board.keys.facilitator, {
    token: facilitator.token,
  })
  const spoofer = connectClient(server.syncUrl, board.id, board.keys.participant, { token: pat.token })
  await Promise.all([observer.waitSynced(), spoofer.waitSynced()])

  // Stock y-websocket, sending what the WeSee client never would: the facilitator's identity.
  spoofer.provider.awareness.setLocalState(
    presenceClaiming(facilitator.participantId, 'Fatima', fatimaColour),
  )
  const patId = spoofer.doc.clientID
  await waitFor(
    () => presenceOf(observer.provider.awareness.getStates().get(patId)) !== undefined,
    'presence',
  )
  expect(presenceOf(observer.provider.awareness.getStates().get(patId))).toMatchObject({
    userId: pat.participantId,
    userName: 'Pat',
    color: patColour,
  })
  // What the client sent besides who it is still arrives: the cursor.
  expect(observer.provider.awareness.getStates().get(patId)).toMatchObject({
    presence: { cursor: { x: 10, y: 20 } },
  })

  // Changing it again (as a live client does on every move) changes nothing about who it is.
  spoofer.provider.awareness.setLocalState(
    presenceClaiming(facilitator.participantId, 'Fatima', fatimaColour),
  )
  await spoofer.roundTrip()
  await waitFor(() => wiretap.heard.some((h) => h.clientId === patId), 'the wiretap to hear Pat')
  const fromPat = wiretap.heard.filter((h) => h.clientId === patId && h.state)
  expect(fromPat.length).toBeGreaterThan(0)
  for (const { state } of wiretap.heard) {
    const presence = presenceOf(state)
    if (!presence) continue
    expect(presence.userId).not.toBe(facilitator.participantId)
    expect(presence.userName).not.toBe('Fatima')
  }
})

test('a connection without a token is shown only as its role, never as a person', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const content = formatDocName({ boardId: board.id, kind: 'content' })
  const facilitator = await joinAs(server, board, board.keys.facilitator, 'Fatima')
  const wiretap = presenceWiretap(docUrl(server.syncUrl, content, board.keys.facilitator))
  await wiretap.socket.opened

  // A participant link with no token: a raw socket claiming to be the facilitator.
  const hostile = rawSocket(docUrl(server.syncUrl, content, board.keys.participant))
  await hostile.opened
  hostile.socket.send(
    awarenessMessage([{ clientId: 4242, state: presenceClaiming(facilitator.participantId, 'Fatima') }]),
  )
  await waitFor(() => wiretap.current().has(4242), 'the wiretap to hear the hostile socket')
  const heard = presenceOf(wiretap.current().get(4242))!
  expect(heard.userId).toMatch(/^key:participant:\d+$/)
  expect(heard.userName).toBe(presenceRoleNames.participant)
  expect(wiretap.heard.some((h) => presenceOf(h.state)?.userId === facilitator.participantId)).toBe(false)
})

test('a viewer shows no presence, whatever it sends', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const content = formatDocName({ boardId: board.id, kind: 'content' })
  const wiretap = presenceWiretap(docUrl(server.syncUrl, content, board.keys.participant))
  await wiretap.socket.opened
  const viewer = rawSocket(docUrl(server.syncUrl, content, board.keys.viewer))
  await viewer.opened
  viewer.socket.send(awarenessMessage([{ clientId: 77, state: presenceClaiming('someone', 'Someone') }]))
  // A participant after it proves the wiretap is listening and the server handled the viewer first.
  const participant = rawSocket(docUrl(server.syncUrl, content, board.keys.participant))
  await participant.opened
  participant.socket.send(awarenessMessage([{ clientId: 78, state: presenceClaiming('x', 'x') }]))
  await waitFor(() => wiretap.current().has(78), 'the participant presence')
  expect(wiretap.heard.some((h) => h.clientId === 77)).toBe(false)
})
