import { expect, test } from 'vitest'
import type { ParticipationRecord } from '@wesee/shared'
import { expectApiError, requestJson } from '../helpers/api.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { votingBoard } from '../helpers/voting.ts'
import { authoredNote, connectAsPerson, joinWith, pollUntil } from './revisitHelpers.ts'

test('the facilitator sees who is here, their session, and the notes they wrote', async () => {
  const server = await startTestServer()
  const board = await server.createBoard('Bus stops')
  const sam = await joinWith(server, board, { name: 'Sam' })
  const fran = await joinWith(server, board, { name: 'Fran' }, board.keys.facilitator)
  const samClient = await connectAsPerson(server, board, board.keys.participant, sam.token)
  samClient.kv.set('shape:sam-1', authoredNote('sam-1', 'More benches', sam.participantId))
  samClient.kv.set('shape:sam-2', authoredNote('sam-2', 'Shelter', sam.participantId))

  const url = `${server.url}/api/boards/${board.id}/participation`
  const read = async () =>
    (await requestJson(url, { key: board.keys.facilitator })).body as ParticipationRecord
  const record = await pollUntil(
    read,
    (r) => r.people.find((p) => p.name === 'Sam')?.notes === 2,
    'Sam’s notes in the record',
  )
  const samRow = record.people.find((p) => p.name === 'Sam')!
  expect(samRow.sessions).toHaveLength(1)
  expect(samRow.sessions[0]!.ongoing).toBe(true)
  expect(samRow.votes).toBe(0)
  const franRow = record.people.find((p) => p.name === 'Fran')!
  expect(franRow.isFacilitator).toBe(true)
  expect(franRow.sessions).toHaveLength(0)
  expect(franRow.participantId).toBe(fran.participantId)

  // Sam leaves: the session ends.
  samClient.destroy()
  await pollUntil(
    read,
    (r) => r.people.find((p) => p.name === 'Sam')?.sessions[0]?.ongoing === false,
    'Sam’s session to end',
  )
})

test('the CSV has a row per session, a header, and downloads under the board’s name', async () => {
  const server = await startTestServer()
  const board = await server.createBoard('Café')
  const sam = await joinWith(server, board, { name: '=Sam, "the" tester' })
  const client = await connectAsPerson(server, board, board.keys.participant, sam.token)
  client.destroy()
  const response = await fetch(`${server.url}/api/boards/${board.id}/participation?format=csv`, {
    headers: { authorization: `Bearer ${board.keys.facilitator}` },
  })
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toMatch(/^text\/csv/)
  expect(response.headers.get('content-disposition')).toContain('Caf')
  const lines = (await response.text()).trimEnd().split('\r\n')
  expect(lines[0]).toBe(
    'Name,Facilitator,First joined,Session,Session start,Session end,Session minutes,Total minutes,Sessions,Notes,Votes',
  )
  // A name that looks like a formula is kept as words, and quoted because of the comma.
  expect(lines[1]).toMatch(/^"'=Sam, ""the"" tester",no,/)
})

test('a participant or viewer key cannot read the record (403), and nothing else can either', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const url = `${server.url}/api/boards/${board.id}/participation`
  expectApiError(await requestJson(url, { key: board.keys.participant }), 403, 'forbidden')
  expectApiError(await requestJson(url, { key: board.keys.viewer }), 403, 'forbidden')
  expectApiError(await requestJson(`${url}?format=csv`, { key: board.keys.viewer }), 403, 'forbidden')
  expectApiError(await requestJson(url), 401, 'unauthorized')
  expectApiError(await requestJson(url, { key: 'not-a-key' }), 401, 'unauthorized')
  expectApiError(
    await requestJson(`${server.url}/api/boards/nope/participation`, { key: board.keys.facilitator }),
    404,
    'not_found',
  )
  expectApiError(await requestJson(`${url}?format=xml`, { key: board.keys.facilitator }), 400, 'bad_request')
})

test('votes cast count for each person, even in a secret vote (how many, never for what)', async () => {
  const server = await startTestServer()
  const voting = await votingBoard(server)
  expect((await voting.command({ type: 'vote.start' })).status).toBe(200)
  const sam = await voting.join('Sam')
  expect((await voting.as(sam, { type: 'vote.cast', shapeId: voting.notes[0] })).status).toBe(200)
  expect((await voting.as(sam, { type: 'vote.cast', shapeId: voting.notes[1] })).status).toBe(200)
  const response = await requestJson(`${server.url}/api/boards/${voting.board.id}/participation`, {
    key: voting.board.keys.facilitator,
  })
  const record = response.body as ParticipationRecord
  expect(record.people.find((p) => p.name === 'Sam')?.votes).toBe(2)
  expect(record.people.find((p) => p.name === 'Fran')?.votes).toBe(0)
})
