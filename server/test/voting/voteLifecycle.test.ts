import { expect, test } from 'vitest'
import { expectApiError } from '../helpers/api.ts'
import { connectControl } from '../helpers/stageCommands.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { voteOf, votingBoard } from '../helpers/voting.ts'

test('after the vote ends nobody can vote or take a vote back, and the results stay hidden', async () => {
  const server = await startTestServer()
  const vb = await votingBoard(server)
  const sam = await vb.join('Sam')
  await vb.command({ type: 'vote.start' })
  await vb.as(sam, { type: 'vote.cast', shapeId: vb.notes[0] })
  const ended = voteOf(await vb.command({ type: 'vote.end' }))
  expect(ended).toMatchObject({
    status: 'ended',
    revealed: false,
    revealedAt: null,
    voterCount: 1,
    tally: null,
  })
  expect(ended.endedAt).toBeGreaterThan(0)

  const late = expectApiError(await vb.as(sam, { type: 'vote.cast', shapeId: vb.notes[1] }), 409, 'conflict')
  expect(late.error.message).toBe('The vote has ended. Every vote given is counted.')
  expectApiError(await vb.as(sam, { type: 'vote.retract', shapeId: vb.notes[0] }), 409, 'conflict')
  expectApiError(await vb.command({ type: 'vote.end' }), 409, 'conflict')
  expect((await vb.mine(sam)).body).toMatchObject({ votesLeft: 0, votes: { [vb.notes[0]!]: 1 } })
})

test('revealing shows the ranked counts to everyone and keeps them with the board', async () => {
  const server = await startTestServer()
  const vb = await votingBoard(server)
  const [sam, pat] = [await vb.join('Sam'), await vb.join('Pat')]
  const control = await vb.control()
  await vb.command({ type: 'vote.start' })
  await vb.as(sam, { type: 'vote.cast', shapeId: vb.notes[2] })
  await vb.as(sam, { type: 'vote.cast', shapeId: vb.notes[1] })
  await vb.as(pat, { type: 'vote.cast', shapeId: vb.notes[2] })
  await vb.command({ type: 'vote.end' })
  expect(control.snapshot().voteResults).toEqual([])

  const revealed = voteOf(await vb.command({ type: 'vote.reveal' }))
  expect(revealed.revealed).toBe(true)
  // When they showed, not when the vote ended: the projector keeps results shown after a step change.
  expect(revealed.revealedAt).toBeGreaterThanOrEqual(revealed.endedAt!)
  expect(revealed.tally?.totalVotes).toBe(3)
  expect(revealed.tally?.notes.map((n) => [n.text, n.votes, n.rank])).toEqual([
    ['Kind drivers', 2, 1],
    ['Cheaper tickets', 1, 2],
    ['More buses', 0, 3],
    ['Step-free stops', 0, 3],
  ])
  const seen = await control.waitUntil((s) => s.vote?.revealed === true, 'the revealed vote')
  expect(seen.vote?.tally).toEqual(revealed.tally)
  expect(seen.voteResults).toHaveLength(1)
  expect(seen.voteResults[0]).toMatchObject({ id: revealed.id, title: 'What do we see now?', voterCount: 2 })
  expectApiError(await vb.command({ type: 'vote.reveal' }), 409, 'conflict')

  // A later vote keeps the earlier results.
  await vb.command({ type: 'vote.start', votesPerPerson: 1 })
  await vb.command({ type: 'vote.reveal' })
  const both = await control.waitUntil((s) => s.voteResults.length === 2, 'two kept results')
  expect(both.voteResults[0]?.id).toBe(revealed.id)

  // Kept across a restart.
  const again = await server.restart()
  const after = (await connectControl(again, vb.board, vb.board.keys.participant)).snapshot()
  expect(after.voteResults.map((v) => v.id)).toEqual(both.voteResults.map((v) => v.id))
})

test('revealing an open vote ends it; live results are visible while people vote', async () => {
  const server = await startTestServer()
  const vb = await votingBoard(server)
  const sam = await vb.join('Sam')
  const live = voteOf(await vb.command({ type: 'vote.start', results: 'live' }))
  expect(live).toMatchObject({ revealed: true, tally: { totalVotes: 0 } })
  expect(live.revealedAt).toBe(live.startedAt)
  const after = voteOf(await vb.as(sam, { type: 'vote.cast', shapeId: vb.notes[3] }))
  expect(after.tally?.notes[0]).toMatchObject({ shapeId: vb.notes[3], votes: 1, rank: 1 })
  expect(after.tally?.notes[0]?.voters).toBeUndefined()
  const ended = voteOf(await vb.command({ type: 'vote.end' }))
  expect(ended).toMatchObject({ status: 'ended', revealed: true })
  expect((await vb.control()).snapshot().voteResults).toHaveLength(1)

  await vb.command({ type: 'vote.start' })
  await vb.as(sam, { type: 'vote.cast', shapeId: vb.notes[0] })
  const shown = voteOf(await vb.command({ type: 'vote.reveal' }))
  expect(shown).toMatchObject({ status: 'ended', revealed: true })
  expect(shown.tally?.notes[0]).toMatchObject({ shapeId: vb.notes[0], votes: 1 })
})

test('only one vote at a time, and nothing to end or reveal before the first', async () => {
  const server = await startTestServer()
  const vb = await votingBoard(server)
  const sam = await vb.join('Sam')
  expectApiError(await vb.command({ type: 'vote.end' }), 409, 'conflict')
  expectApiError(await vb.command({ type: 'vote.reveal' }), 409, 'conflict')
  const none = expectApiError(await vb.as(sam, { type: 'vote.cast', shapeId: vb.notes[0] }), 409, 'conflict')
  expect(none.error.message).toBe('There is no vote open just now.')
  await vb.command({ type: 'vote.start' })
  expectApiError(await vb.command({ type: 'vote.start' }), 409, 'conflict')
})
