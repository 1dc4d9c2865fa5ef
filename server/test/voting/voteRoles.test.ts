import { expect, test } from 'vitest'
import { expectApiError } from '../helpers/api.ts'
import { sendCommand } from '../helpers/stageCommands.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { votingBoard } from '../helpers/voting.ts'

test('a participant cannot start, end or reveal a vote, and nothing changes', async () => {
  const server = await startTestServer()
  const vb = await votingBoard(server)
  const sam = await vb.join('Sam')
  expectApiError(await vb.as(sam, { type: 'vote.start' }), 403, 'forbidden')
  expect((await vb.control()).snapshot().vote).toBeNull()

  await vb.command({ type: 'vote.start' })
  await vb.as(sam, { type: 'vote.cast', shapeId: vb.notes[0] })
  const end = expectApiError(await vb.as(sam, { type: 'vote.end' }), 403, 'forbidden')
  expect(end.error.message).toBe('Only the facilitator can do that.')
  expectApiError(await vb.as(sam, { type: 'vote.reveal' }), 403, 'forbidden')
  const control = await vb.control()
  expect(control.snapshot().vote).toMatchObject({ status: 'open', revealed: false, tally: null })
})

test('a view-only link cannot vote; a participant must be joined to vote', async () => {
  const server = await startTestServer()
  const vb = await votingBoard(server)
  await vb.command({ type: 'vote.start' })
  const cast = { type: 'vote.cast', shapeId: vb.notes[0] }
  expectApiError(await sendCommand(server, vb.board, vb.board.keys.viewer, cast), 403, 'forbidden')
  expectApiError(await sendCommand(server, vb.board, vb.board.keys.participant, cast), 401, 'unauthorized')
  expectApiError(
    await sendCommand(server, vb.board, vb.board.keys.participant, cast, 'forged-token-forged-token-forged'),
    401,
    'unauthorized',
  )
  // A facilitator who has not joined has no vote of their own.
  expectApiError(await vb.command(cast, null), 401, 'unauthorized')
  expect((await vb.control()).snapshot().vote?.voterCount).toBe(0)
})

test('vote.cast and vote.retract refuse malformed notes and people', async () => {
  const server = await startTestServer()
  const vb = await votingBoard(server)
  const sam = await vb.join('Sam')
  await vb.command({ type: 'vote.start' })
  for (const bad of [{}, { shapeId: 42 }, { shapeId: 'we-1' }, { shapeId: `shape:${'x'.repeat(80)}` }]) {
    expectApiError(await vb.as(sam, { type: 'vote.cast', ...bad }), 400, 'bad_request')
    expectApiError(await vb.as(sam, { type: 'vote.retract', ...bad }), 400, 'bad_request')
  }
  expectApiError(
    await vb.command({ type: 'vote.cast', shapeId: vb.notes[0], onBehalfOf: 'not an id!' }),
    400,
    'bad_request',
  )
  expect((await vb.mine(sam)).body).toMatchObject({ votesLeft: 3 })
})

test('GET votes/mine answers only about yourself, unless the facilitator asks for someone they vote for', async () => {
  const server = await startTestServer()
  const vb = await votingBoard(server)
  const [sam, pat] = [await vb.join('Sam'), await vb.join('Pat')]
  await vb.command({ type: 'vote.start' })
  await vb.as(pat, { type: 'vote.cast', shapeId: vb.notes[1] })

  const mine = await vb.mine(sam)
  expect(mine.status).toBe(200)
  expect(mine.headers.get('cache-control')).toBe('no-store')
  expect(mine.body).toEqual({
    voteId: expect.any(String),
    participantId: sam.participantId,
    votesPerPerson: 3,
    votesLeft: 3,
    votes: {},
  })
  expectApiError(await vb.mine(null), 401, 'unauthorized')
  expectApiError(await vb.mine(sam, `?for=${pat.participantId}`), 403, 'forbidden')
  expectApiError(await vb.mine(null, '', vb.board.keys.viewer), 403, 'forbidden')
  expectApiError(await vb.mine(null, '', 'wrong-key'), 401, 'unauthorized')
  const forPat = await vb.mine(null, `?for=${pat.participantId}`, vb.board.keys.facilitator)
  // Pat voted on their own device: the facilitator is told none of it (server/test/voting/proxyForQuery.test.ts).
  expect(forPat.body).toMatchObject({ participantId: pat.participantId, votesLeft: 0, votes: {} })
  expectApiError(await vb.mine(null, '?for=nobody', vb.board.keys.facilitator), 400, 'bad_request')
})
