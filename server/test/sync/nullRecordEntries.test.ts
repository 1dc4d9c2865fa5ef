import { formatDocName, RefusalCode, recordsArrayName } from '@wesee/shared'
import { expect, test } from 'vitest'
import { connectBareClient } from '../helpers/bareClient.ts'
import { expectBoardServes, expectBoardSurvivesRestart, expectHealthy } from '../helpers/boardStillServes.ts'
import { joinPerson } from '../helpers/privateWriting.ts'
import { docUrl } from '../helpers/rawSocket.ts'
import { connectClient, noteRecord, waitForRecord } from '../helpers/syncClient.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'
import { connectWiretap } from '../helpers/wiretap.ts'
import { isRecordEntry } from '../../src/rooms/RecordMap.ts'

/** Everything that is not `{ key, val: record }` a hostile client can push into `records`. */
const junk = [
  null,
  42,
  'text',
  true,
  [],
  { key: 'shape:no-val' },
  { key: 7, val: {} },
  { val: noteRecord('keyless') },
]

test('null and other non-records in a board are refused before anyone sees them, and the board survives a restart', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const docName = formatDocName({ boardId: board.id, kind: 'content' })
  const tap = await connectWiretap(docUrl(server.syncUrl, docName, board.keys.viewer))
  const writer = connectBareClient(server.syncUrl, board.id, board.keys.participant)
  const honest = connectClient(server.syncUrl, board.id, board.keys.participant)
  await Promise.all([writer.waitSynced(), honest.waitSynced()])

  const records = writer.doc.getArray<unknown>(recordsArrayName)
  writer.doc.transact(() => {
    records.push(junk)
    records.push([{ key: 'shape:fine', val: noteRecord('fine', 'Still here') }])
  })
  const refusal = await writer.refusal(RefusalCode.NotARecord)
  expect(refusal.message).toMatch(/left out/)
  expect(refusal.keys).toContain('shape:no-val')
  await waitForRecord(honest, 'shape:fine')
  // The writer's doc is put back: only real entries remain.
  await waitFor(() => records.toArray().every(isRecordEntry), "the writer's doc put back")
  await tap.roundTrip()
  expect(tap.recordEntries().filter((entry) => !isRecordEntry(entry))).toEqual([])
  expect(tap.refusals).toEqual([])

  await expectHealthy(server.url)
  await expectBoardServes(server, board)
  const { reader } = await expectBoardSurvivesRestart(server, board)
  expect(reader.kv.has('shape:fine')).toBe(true)
  expect(reader.doc.getArray(recordsArrayName).toArray().every(isRecordEntry)).toBe(true)
})

test('null in a private doc is refused, the note counter keeps counting, and the doc loads after a restart', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const ada = await joinPerson(server.url, board, board.keys.participant, { name: 'Ada' })
  const docName = formatDocName({ boardId: board.id, kind: 'private', participantId: ada.participantId })
  const writer = connectBareClient(server.syncUrl, board.id, ada.key, { docName, token: ada.token })
  await writer.waitSynced()
  const records = writer.doc.getArray<unknown>(recordsArrayName)
  records.push([null, { key: 'shape:mine', val: null }])
  await writer.refusal(RefusalCode.NotARecord)
  // The counter reads the doc in a later callback: the process is still here to answer.
  await writer.roundTrip()
  await new Promise((resolve) => setImmediate(resolve))
  await expectHealthy(server.url)

  const again = await server.restart()
  const reopened = connectBareClient(again.syncUrl, board.id, ada.key, { docName, token: ada.token })
  await reopened.waitSynced()
  expect(reopened.doc.getArray(recordsArrayName).toArray()).toEqual([])
  await expectBoardServes(again, board)
})
