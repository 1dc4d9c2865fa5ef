import { expect, test } from 'vitest'
import { controlStateMapName, formatDocName, readControlSnapshot } from '@wesee/shared'
import { connectClient } from '../helpers/syncClient.ts'
import { startTestServer } from '../helpers/testServer.ts'

test('the control doc can be read by every key but written by none, not even the facilitator', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const docName = formatDocName({ boardId: board.id, kind: 'control' })
  const facilitator = connectClient(server.syncUrl, board.id, board.keys.facilitator, { docName })
  const participant = connectClient(server.syncUrl, board.id, board.keys.participant, { docName })
  const viewer = connectClient(server.syncUrl, board.id, board.keys.viewer, { docName })
  await Promise.all([facilitator.waitSynced(), participant.waitSynced(), viewer.waitSynced()])
  expect(readControlSnapshot(viewer.doc).lock.locked).toBe(false)

  let participantSawChange = false
  participant.doc.on('update', () => {
    participantSawChange = true
  })
  facilitator.doc.getMap(controlStateMapName).set('lock', { locked: true, changedAt: 1 })
  await facilitator.roundTrip()
  await participant.roundTrip()

  expect(participantSawChange).toBe(false)
  expect(readControlSnapshot(participant.doc).lock.locked).toBe(false)
  const room = server.server.registry.get(docName)
  expect(room && readControlSnapshot(room.doc).lock.locked).toBe(false)
})
