import { formatDocName, RefusalCode, recordsArrayName } from '@wesee/shared'
import { expect, test } from 'vitest'
import { connectBareClient } from '../helpers/bareClient.ts'
import { expectBoardSurvivesRestart, expectHealthy } from '../helpers/boardStillServes.ts'
import { docUrl } from '../helpers/rawSocket.ts'
import { connectClient, noteRecord } from '../helpers/syncClient.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'
import { connectWiretap } from '../helpers/wiretap.ts'

const notes = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => {
    const note = noteRecord(`${prefix}-${i}`, `Note ${i}`)
    return { key: note.id, val: note }
  })

test('a paste of as many notes as one update may hold works; one more and the whole update is undone', async () => {
  // A smaller cap than the default (2,000) keeps the test quick; the check is the same.
  const max = 300
  const server = await startTestServer({ limits: { maxRecordsPerUpdate: max } })
  const board = await server.createBoard()
  const tap = await connectWiretap(
    docUrl(server.syncUrl, formatDocName({ boardId: board.id, kind: 'content' }), board.keys.viewer),
  )
  const writer = connectBareClient(server.syncUrl, board.id, board.keys.participant)
  const reader = connectClient(server.syncUrl, board.id, board.keys.viewer)
  await Promise.all([writer.waitSynced(), reader.waitSynced()])
  const records = writer.doc.getArray<unknown>(recordsArrayName)

  records.push(notes('pasted', max))
  await writer.roundTrip()
  await waitFor(() => reader.kv.has(`shape:pasted-${max - 1}`), 'the whole paste')
  expect(writer.refusals).toEqual([])

  records.push(notes('flood', max + 1))
  const refusal = await writer.refusal(RefusalCode.TooManyChanges)
  expect(refusal.message).toMatch(/too many/)
  await waitFor(
    () => !records.toArray().some((e) => (e as { key: string }).key.startsWith('shape:flood')),
    'undone',
  )
  await tap.roundTrip()
  expect(tap.saw((value) => JSON.stringify(value).includes('shape:flood'))).toBe(false)

  await expectHealthy(server.url)
  const { reader: fresh } = await expectBoardSurvivesRestart(server, board)
  expect(fresh.kv.has(`shape:pasted-${max - 1}`)).toBe(true)
  expect(fresh.kv.has('shape:flood-0')).toBe(false)
})
