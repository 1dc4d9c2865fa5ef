import { expect, test } from 'vitest'
import { collectRefusals } from '../helpers/bareClient.ts'
import { expectBoardSurvivesRestart } from '../helpers/boardStillServes.ts'
import { joinPerson } from '../helpers/privateWriting.ts'
import { connectClient, noteRecord, recordsJson } from '../helpers/syncClient.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

test('two people adding, moving and deleting notes stay exactly in step through the gate, with no refusals', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  // Ada joins as a person, so the notes she writes are hers to delete.
  const person = await joinPerson(server.url, board, board.keys.participant, { name: 'Ada' })
  const ada = connectClient(server.syncUrl, board.id, person.key, { token: person.token })
  const bo = connectClient(server.syncUrl, board.id, board.keys.facilitator)
  const refusals = [ada, bo].map((client) => collectRefusals(client.provider))
  await Promise.all([ada.waitSynced(), bo.waitSynced()])

  ada.doc.transact(() => {
    for (let i = 0; i < 20; i++) ada.kv.set(`shape:a${i}`, noteRecord(`a${i}`, `Ada ${i}`))
  })
  await ada.roundTrip()
  await waitFor(() => bo.kv.has('shape:a19'), 'Ada’s notes at Bo')
  // Bo moves five of Ada's notes (grouping them) and writes two of his own.
  bo.doc.transact(() => {
    for (let i = 0; i < 5; i++) {
      const note = bo.kv.get(`shape:a${i}`)!
      bo.kv.set(note.id, { ...note, x: 500 + i * 10, y: 300 })
    }
    bo.kv.set('shape:b1', noteRecord('b1', 'Bo one'))
    bo.kv.set('shape:b2', noteRecord('b2', 'Bo two'))
  })
  // Ada deletes three of her own, at the same time.
  ada.doc.transact(() => {
    for (const i of [17, 18, 19]) ada.kv.delete(`shape:a${i}`)
  })
  await Promise.all([ada.roundTrip(), bo.roundTrip()])
  await waitFor(() => recordsJson(ada.doc) === recordsJson(bo.doc), 'both docs the same')
  expect(ada.kv.get('shape:a0')?.x).toBe(500)
  expect(ada.kv.has('shape:b2')).toBe(true)
  expect(bo.kv.has('shape:a19')).toBe(false)
  expect(refusals.flat()).toEqual([])

  const { reader } = await expectBoardSurvivesRestart(server, board)
  expect(recordsJson(reader.doc)).toBe(recordsJson(ada.doc))
})
