import { formatDocName, RefusalCode, recordsArrayName } from '@wesee/shared'
import { expect, test } from 'vitest'
import { connectBareClient } from '../helpers/bareClient.ts'
import { expectBoardSurvivesRestart, expectHealthy } from '../helpers/boardStillServes.ts'
import { docUrl } from '../helpers/rawSocket.ts'
import { connectClient, noteRecord } from '../helpers/syncClient.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'
import { connectWiretap } from '../helpers/wiretap.ts'

const long = (tag: string) => `${tag} ${'words '.repeat(20_000)}`

test('an update that would make the board bigger than its quota is undone whole, and the writer told', async () => {
  const server = await startTestServer({ limits: { maxDocBytes: 300_000 } })
  const board = await server.createBoard()
  const tap = await connectWiretap(
    docUrl(server.syncUrl, formatDocName({ boardId: board.id, kind: 'content' }), board.keys.viewer),
  )
  const writer = connectBareClient(server.syncUrl, board.id, board.keys.participant)
  // The facilitator: the one who may tidy up anyone's notes.
  const honest = connectClient(server.syncUrl, board.id, board.keys.facilitator)
  await Promise.all([writer.waitSynced(), honest.waitSynced()])
  const records = writer.doc.getArray<unknown>(recordsArrayName)

  // ~120 KB a note: two fit, the third does not.
  for (const id of ['one', 'two']) {
    records.push([{ key: `shape:${id}`, val: noteRecord(id, long(id)) }])
    await writer.roundTrip()
  }
  expect(writer.refusals).toEqual([])
  records.push([
    { key: 'shape:three', val: noteRecord('three', long('three')) },
    { key: 'shape:small', val: noteRecord('small', 'small') },
  ])
  const refusal = await writer.refusal(RefusalCode.DocFull)
  expect(refusal.message).toMatch(/full/)
  // Undone whole: the small note in the same update is gone too, on the writer's screen as well.
  await waitFor(
    () =>
      !records
        .toArray()
        .some((entry) => ['shape:three', 'shape:small'].includes((entry as { key: string }).key)),
    "the writer's doc put back",
  )
  await honest.roundTrip()
  expect(honest.kv.has('shape:two')).toBe(true)
  await tap.roundTrip()
  expect(tap.saw((value) => JSON.stringify(value).includes('three words'))).toBe(false)
  expect(tap.saw((value) => JSON.stringify(value).includes('shape:small'))).toBe(false)

  // A full board can always be tidied up: deleting needs no room.
  honest.kv.delete('shape:one')
  await honest.roundTrip()
  await tap.roundTrip()
  expect(
    tap.doc
      .getArray(recordsArrayName)
      .toArray()
      .some((e) => (e as { key: string }).key === 'shape:one'),
  ).toBe(false)

  await expectHealthy(server.url)
  const { reader } = await expectBoardSurvivesRestart(server, board)
  expect(reader.kv.has('shape:two')).toBe(true)
  expect(reader.kv.has('shape:three')).toBe(false)
})
