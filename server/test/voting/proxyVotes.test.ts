import { expect, test } from 'vitest'
import { expectApiError } from '../helpers/api.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { mineOf, votingBoard } from '../helpers/voting.ts'

test('the facilitator votes for someone in the room; it counts as their vote, from their budget', async () => {
  const server = await startTestServer()
  const vb = await votingBoard(server)
  const pat = await vb.join('Pat')
  await vb.command({ type: 'vote.start', anonymous: false })
  const proxy = { type: 'vote.cast', onBehalfOf: pat.participantId, consentConfirmed: true }

  const forPat = mineOf(await vb.command({ ...proxy, shapeId: vb.notes[0] }))
  expect(forPat).toMatchObject({
    participantId: pat.participantId,
    votesLeft: 2,
    votes: { [vb.notes[0]!]: 1 },
  })
  // Pat sees it as their own vote, and it used one of their three.
  expect((await vb.mine(pat)).body).toMatchObject({ votesLeft: 2, votes: { [vb.notes[0]!]: 1 } })
  // The facilitator's own votes are untouched.
  expect((await vb.mine(vb.facilitator, '', vb.board.keys.facilitator)).body).toMatchObject({ votesLeft: 3 })

  await vb.command({ ...proxy, shapeId: vb.notes[1] })
  await vb.command({ ...proxy, shapeId: vb.notes[2] })
  const full = expectApiError(await vb.command({ ...proxy, shapeId: vb.notes[3] }), 409, 'conflict')
  expect(full.error.message).toBe('Pat has used all their 3 votes. Take one back to vote for another note.')

  // Taking back on their behalf works the same way.
  const back = mineOf(await vb.command({ ...proxy, type: 'vote.retract', shapeId: vb.notes[2] }))
  expect(back.votesLeft).toBe(1)
  await vb.command({ ...proxy, type: 'vote.retract', shapeId: vb.notes[1] })

  // Pat then votes on their own device: their vote, and the facilitator can no longer vote for them.
  await vb.as(pat, { type: 'vote.cast', shapeId: vb.notes[1] })
  const own = expectApiError(await vb.command({ ...proxy, shapeId: vb.notes[3] }), 409, 'conflict')
  expect(own.error.message).toBe('Pat is voting on their own device, so they give their own votes.')

  await vb.command({ type: 'vote.reveal' })
  const { vote } = (await vb.control()).snapshot()
  expect(vote?.tally?.notes.find((n) => n.shapeId === vb.notes[0])?.voters).toEqual([
    { participantId: pat.participantId, votes: 1 },
  ])
  expect(vote?.voterCount).toBe(1)
  // The store keeps who pressed the button, for the record.
  const ballots = await server.server.store.ballots.ballotsOfVote(vb.board.id, vote!.id)
  expect(ballots.map((b) => [b.shapeId, b.participantId, b.castBy])).toEqual([
    [vb.notes[0], pat.participantId, vb.facilitator.participantId],
    [vb.notes[1], pat.participantId, pat.participantId],
  ])
})

test('a vote for someone else needs their agreement, a real person and the facilitator', async () => {
  const server = await startTestServer()
  const vb = await votingBoard(server)
  const [pat, sam] = [await vb.join('Pat'), await vb.join('Sam')]
  await vb.command({ type: 'vote.start' })
  const cast = { type: 'vote.cast', shapeId: vb.notes[0], onBehalfOf: pat.participantId }

  const noConsent = expectApiError(await vb.command(cast), 400, 'bad_request')
  expect(noConsent.error.message).toMatch(/Check with the person/)
  expectApiError(await vb.command({ ...cast, consentConfirmed: false }), 400, 'bad_request')
  expectApiError(
    await vb.command({ ...cast, consentConfirmed: true, onBehalfOf: 'nobody-here' }),
    400,
    'bad_request',
  )
  const notFacilitator = expectApiError(
    await vb.as(sam, { ...cast, consentConfirmed: true }),
    403,
    'forbidden',
  )
  expect(notFacilitator.error.message).toBe('Only the facilitator can vote for someone else.')
  expect((await vb.mine(pat)).body).toMatchObject({ votesLeft: 3 })

  // A facilitator who has not joined can still vote for someone.
  expect((await vb.command({ ...cast, consentConfirmed: true }, null)).status).toBe(200)
})
