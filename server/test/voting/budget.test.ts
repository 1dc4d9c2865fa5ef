import { expect, test } from 'vitest'
import { expectApiError } from '../helpers/api.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { mineOf, votingBoard } from '../helpers/voting.ts'

test('each person has 3 votes by default; the fourth is refused with a plain message', async () => {
  const server = await startTestServer()
  const vb = await votingBoard(server)
  const sam = await vb.join('Sam')
  expect((await vb.command({ type: 'vote.start' })).status).toBe(200)

  expect(mineOf(await vb.as(sam, { type: 'vote.cast', shapeId: vb.notes[0] })).votesLeft).toBe(2)
  expect(mineOf(await vb.as(sam, { type: 'vote.cast', shapeId: vb.notes[1] })).votesLeft).toBe(1)
  const third = mineOf(await vb.as(sam, { type: 'vote.cast', shapeId: vb.notes[2] }))
  expect(third.votesLeft).toBe(0)
  expect(third.votes).toEqual({ [vb.notes[0]!]: 1, [vb.notes[1]!]: 1, [vb.notes[2]!]: 1 })

  const fourth = expectApiError(
    await vb.as(sam, { type: 'vote.cast', shapeId: vb.notes[3] }),
    409,
    'conflict',
  )
  expect(fourth.error.message).toBe('You have used all your 3 votes. Take one back to vote for another note.')
  const mine = await vb.mine(sam)
  expect(mine.status).toBe(200)
  expect(mine.body).toMatchObject({ votesPerPerson: 3, votesLeft: 0 })
  expect((mine.body as { votes: Record<string, number> }).votes[vb.notes[3]!]).toBeUndefined()
})

test('taking a vote back frees it for another note', async () => {
  const server = await startTestServer()
  const vb = await votingBoard(server)
  const sam = await vb.join('Sam')
  await vb.command({ type: 'vote.start', votesPerPerson: 1 })
  mineOf(await vb.as(sam, { type: 'vote.cast', shapeId: vb.notes[0] }))
  expect(
    expectApiError(await vb.as(sam, { type: 'vote.cast', shapeId: vb.notes[1] }), 409, 'conflict').error
      .message,
  ).toBe('You have used your vote. Take it back to vote for another note.')

  const back = mineOf(await vb.as(sam, { type: 'vote.retract', shapeId: vb.notes[0] }))
  expect(back).toMatchObject({ votesLeft: 1, votes: {} })
  expect(mineOf(await vb.as(sam, { type: 'vote.cast', shapeId: vb.notes[1] })).votes).toEqual({
    [vb.notes[1]!]: 1,
  })
  // Nothing left to take back from the first note.
  expectApiError(await vb.as(sam, { type: 'vote.retract', shapeId: vb.notes[0] }), 409, 'conflict')
})

test('one vote per note unless the facilitator allows the same note twice', async () => {
  const server = await startTestServer()
  const vb = await votingBoard(server)
  const sam = await vb.join('Sam')
  await vb.command({ type: 'vote.start' })
  await vb.as(sam, { type: 'vote.cast', shapeId: vb.notes[0] })
  const twice = expectApiError(await vb.as(sam, { type: 'vote.cast', shapeId: vb.notes[0] }), 409, 'conflict')
  expect(twice.error.message).toMatch(/already voted for this note/)
  await vb.command({ type: 'vote.end' })

  await vb.command({ type: 'vote.start', allowSameNoteTwice: true, votesPerPerson: 2 })
  await vb.as(sam, { type: 'vote.cast', shapeId: vb.notes[0] })
  const both = mineOf(await vb.as(sam, { type: 'vote.cast', shapeId: vb.notes[0] }))
  expect(both).toMatchObject({ votesLeft: 0, votes: { [vb.notes[0]!]: 2 } })
})

test('two votes sent at the same moment cannot both use the last vote', async () => {
  const server = await startTestServer()
  const vb = await votingBoard(server)
  const sam = await vb.join('Sam')
  await vb.command({ type: 'vote.start', votesPerPerson: 1 })
  const answers = await Promise.all(vb.notes.map((shapeId) => vb.as(sam, { type: 'vote.cast', shapeId })))
  expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409, 409])
  expect((await vb.mine(sam)).body).toMatchObject({ votesLeft: 0 })
})
