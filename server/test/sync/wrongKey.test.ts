import { formatDocName, RefusalCode, recordsArrayName } from '@wesee/shared'
import { expect, test } from 'vitest'
import { connectBareClient } from '../helpers/bareClient.ts'
import { expectBoardSurvivesRestart, expectHealthy } from '../helpers/boardStillServes.ts'
import { docUrl } from '../helpers/rawSocket.ts'
import { noteRecord } from '../helpers/syncClient.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'
import { connectWiretap } from '../helpers/wiretap.ts'
import { isRecordEntry } from '../../src/rooms/RecordMap.ts'

test('a record stored under a key that is not its id is refused and never relayed', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const tap = await connectWiretap(
    docUrl(server.syncUrl, formatDocName({ boardId: board.id, kind: 'content' }), board.keys.viewer),
  )
  const writer = connectBareClient(server.syncUrl, board.id, board.keys.participant)
  await writer.waitSynced()
  const records = writer.doc.getArray<unknown>(recordsArrayName)
  // Overwrite the page's key with a note: readers keyed by id would see two different things.
  records.push([
    { key: 'page:page', val: noteRecord('impostor') },
    { key: 'shape:other', val: noteRecord('not-other') },
  ])
  const refusal = await writer.refusal(RefusalCode.WrongKey)
  expect(refusal.keys.sort()).toEqual(['page:page', 'shape:other'])
  await waitFor(
    () =>
      records
        .toArray()
        .every((entry) => isRecordEntry(entry) && entry.key === (entry.val as { id?: string }).id),
    "the writer's doc put back",
  )
  await tap.roundTrip()
  const mismatched = tap
    .recordEntries()
    .filter((entry) => isRecordEntry(entry) && entry.key !== (entry.val as { id?: unknown }).id)
  expect(mismatched).toEqual([])

  await expectHealthy(server.url)
  const { reader } = await expectBoardSurvivesRestart(server, board)
  expect(reader.kv.get('page:page')?.typeName).toBe('page')
  expect(reader.kv.has('shape:other')).toBe(false)
})
