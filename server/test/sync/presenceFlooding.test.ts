import { formatDocName } from '@wesee/shared'
import { expect, test } from 'vitest'
import { awarenessMessage, presenceClaiming, presenceWiretap } from '../helpers/presenceWiretap.ts'
import { docUrl, rawSocket } from '../helpers/rawSocket.ts'
import { connectClient, noteRecord, waitForRecord } from '../helpers/syncClient.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

test('one awareness message with 2,001 states gives everyone one presence, not 2,001', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const content = formatDocName({ boardId: board.id, kind: 'content' })
  const wiretap = presenceWiretap(docUrl(server.syncUrl, content, board.keys.participant))
  const observer = connectClient(server.syncUrl, board.id, board.keys.facilitator)
  await Promise.all([wiretap.socket.opened, observer.waitSynced()])

  const flooder = rawSocket(docUrl(server.syncUrl, content, board.keys.participant))
  await flooder.opened
  const states = Array.from({ length: 2001 }, (_, i) => ({
    clientId: 1000 + i,
    state: presenceClaiming(`fake-${i}`, `Fake ${i}`),
  }))
  flooder.socket.send(awarenessMessage(states))
  await waitFor(() => observer.provider.awareness.getStates().has(1000), 'the first state')

  // A later, honest message proves the flood was handled in full before it.
  const honest = connectClient(server.syncUrl, board.id, board.keys.participant)
  await honest.waitSynced()
  honest.provider.awareness.setLocalStateField('presence', presenceClaiming('me', 'Me').presence)
  await waitFor(() => observer.provider.awareness.getStates().has(honest.doc.clientID), 'the honest state')

  const floodIds = new Set(states.map((s) => s.clientId))
  const seen = [...observer.provider.awareness.getStates().keys()].filter((id) => floodIds.has(id))
  expect(seen).toEqual([1000])
  expect(new Set(wiretap.heard.filter((h) => floodIds.has(h.clientId)).map((h) => h.clientId))).toEqual(
    new Set([1000]),
  )
  expect(flooder.socket.readyState).toBe(flooder.socket.OPEN)

  // The server still serves, and the board loads after a restart.
  observer.kv.set('shape:after-flood', noteRecord('after-flood'))
  await waitForRecord(honest, 'shape:after-flood')
  const restarted = await server.restart()
  const late = connectClient(restarted.syncUrl, board.id, board.keys.participant)
  await waitForRecord(late, 'shape:after-flood')
})
