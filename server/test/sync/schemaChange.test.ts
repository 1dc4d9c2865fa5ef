import { formatDocName, metaMapName, RefusalCode, schemaMetaKey, serializedBoardSchema } from '@wesee/shared'
import { expect, test } from 'vitest'
import { connectBareClient } from '../helpers/bareClient.ts'
import { expectBoardSurvivesRestart, expectHealthy } from '../helpers/boardStillServes.ts'
import { docUrl } from '../helpers/rawSocket.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'
import { connectWiretap } from '../helpers/wiretap.ts'

test('a client cannot change or delete the schema the board is stored with; nobody else ever sees its version', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const tap = await connectWiretap(
    docUrl(server.syncUrl, formatDocName({ boardId: board.id, kind: 'content' }), board.keys.viewer),
  )
  const writer = connectBareClient(server.syncUrl, board.id, board.keys.participant)
  await writer.waitSynced()
  const meta = writer.doc.getMap(metaMapName)
  const stored = JSON.stringify(serializedBoardSchema())

  meta.set(schemaMetaKey, { schemaVersion: 2, sequences: { bogus: 1 } })
  const refusal = await writer.refusal(RefusalCode.SchemaIsFixed)
  expect(refusal.message).toMatch(/put back/)
  await waitFor(() => JSON.stringify(meta.get(schemaMetaKey)) === stored, 'the schema put back')

  meta.delete(schemaMetaKey)
  await writer.roundTrip()
  await waitFor(
    () => JSON.stringify(meta.get(schemaMetaKey)) === stored,
    'the schema put back after a delete',
  )

  await tap.roundTrip()
  expect(tap.saw((value) => JSON.stringify(value).includes('bogus'))).toBe(false)
  expect(JSON.stringify(tap.doc.getMap(metaMapName).get(schemaMetaKey))).toBe(stored)
  await expectHealthy(server.url)
  const { reader } = await expectBoardSurvivesRestart(server, board)
  expect(JSON.stringify(reader.doc.getMap(metaMapName).get(schemaMetaKey))).toBe(stored)
})
