import * as Y from 'yjs'
import { formatDocName, metaMapName, RefusalCode, recordsArrayName } from '@wesee/shared'
import { expect, test } from 'vitest'
import { connectBareClient } from '../helpers/bareClient.ts'
import { expectBoardSurvivesRestart, expectHealthy } from '../helpers/boardStillServes.ts'
import { docUrl } from '../helpers/rawSocket.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { connectWiretap } from '../helpers/wiretap.ts'

const chunk = 'x'.repeat(1_700_000)

test('8 MiB of junk in a map of its own is refused message by message, never stored or sent to anyone', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const url = docUrl(server.syncUrl, formatDocName({ boardId: board.id, kind: 'content' }), board.keys.viewer)
  const tap = await connectWiretap(url)
  const writer = connectBareClient(server.syncUrl, board.id, board.keys.participant)
  await writer.waitSynced()

  const junk = writer.doc.getMap('junk')
  for (let i = 0; i < 5; i++) {
    junk.set(`part-${i}`, `${i}${chunk}`)
    await writer.roundTrip()
  }
  const refusal = await writer.refusal(RefusalCode.UnknownPart)
  expect(refusal.message).toMatch(/does not use/)
  expect(junk.size).toBe(0)
  await tap.roundTrip()
  expect(tap.saw((value) => value.root === 'junk')).toBe(false)
  expect(tap.updates.reduce((sum, update) => sum + update.byteLength, 0)).toBeLessThan(200_000)

  await expectHealthy(server.url)
  const { server: again, reader } = await expectBoardSurvivesRestart(server, board)
  expect(Y.encodeStateAsUpdate(reader.doc).byteLength).toBeLessThan(200_000)
  // A newcomer gets the board, not the junk.
  const newcomer = await connectWiretap(url.replace(server.syncUrl, again.syncUrl))
  expect(newcomer.saw((value) => value.root === 'junk')).toBe(false)
})

test('the wrong shape in a known root type is removed too: records as a map, a nested type, extra meta keys', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const url = docUrl(server.syncUrl, formatDocName({ boardId: board.id, kind: 'content' }), board.keys.viewer)
  const tap = await connectWiretap(url)

  const asMap = connectBareClient(server.syncUrl, board.id, board.keys.participant)
  await asMap.waitSynced()
  asMap.doc.getMap(recordsArrayName).set('shape:sneaky', { id: 'shape:sneaky' })
  asMap.doc.getMap(metaMapName).set('extra', 'words')
  await asMap.refusal(RefusalCode.UnknownPart)
  await asMap.refusal(RefusalCode.NotARecord)

  const metaAsList = connectBareClient(server.syncUrl, board.id, board.keys.participant)
  await metaAsList.waitSynced()
  metaAsList.doc.getArray(metaMapName).push(['listed'])
  await metaAsList.refusal(RefusalCode.UnknownPart)

  const nested = connectBareClient(server.syncUrl, board.id, board.keys.participant)
  await nested.waitSynced()
  const inner = new Y.Map<unknown>()
  inner.set('key', 'shape:nested')
  nested.doc.getArray(recordsArrayName).push([inner])
  await nested.refusal(RefusalCode.NotARecord)

  await tap.roundTrip()
  expect(tap.saw((value) => value.root === recordsArrayName && value.mapKey !== null)).toBe(false)
  expect(tap.saw((value) => value.root === metaMapName && value.mapKey !== 'schema')).toBe(false)
  expect(tap.saw((value) => value.value === 'listed' || value.value === 'words')).toBe(false)
  expect(tap.saw((value) => value instanceof Y.AbstractType)).toBe(false)
  await expectHealthy(server.url)
  const { reader } = await expectBoardSurvivesRestart(server, board)
  expect([...reader.doc.getMap(metaMapName).keys()]).toEqual(['schema'])
})
