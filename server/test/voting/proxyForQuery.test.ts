import { expect, test } from 'vitest'
import { expectApiError } from '../helpers/api.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { mineOf, votingBoard } from '../helpers/voting.ts'

/**
 * `votes/mine?for=` is for a facilitator voting on behalf of someone in the
 * room who cannot use a device. It must never become a way to read, take
 * back or probe a participant's own secret ballot.
 */
test('?for= shows only the votes the facilitator gave for that person, never their own ballot', async () => {
  const server = await startTestServer()
  const vb = await votingBoard(server)
  const [pat, lee] = [await vb.join('Pat'), await vb.join('Lee')]
  await vb.command({ type: 'vote.start', votesPerPerson: 3 })
  const forPerson = (id: string) => vb.mine(null, `?for=${id}`, vb.board.keys.facilitator)

  // Pat votes on their own phone.
  await vb.as(pat, { type: 'vote.cast', shapeId: vb.notes[1] })
  await vb.as(pat, { type: 'vote.cast', shapeId: vb.notes[2] })
  const patOwn = (await vb.mine(pat)).body

  const asked = await forPerson(pat.participantId)
  expect(asked.status).toBe(200)
  expect(asked.body).toEqual({
    voteId: expect.any(String),
    participantId: pat.participantId,
    votesPerPerson: 3,
    votesLeft: 0,
    votes: {},
  })
  expect(JSON.stringify(asked.body)).not.toContain(vb.notes[1])
  expect(JSON.stringify(asked.body)).not.toContain(vb.notes[2])

  // Probing with a proxy vote or taking one back tells nothing and changes nothing.
  const proxy = { onBehalfOf: pat.participantId, consentConfirmed: true }
  for (const shapeId of vb.notes) {
    const cast = expectApiError(await vb.command({ type: 'vote.cast', shapeId, ...proxy }), 409, 'conflict')
    expect(cast.error.message).toBe('Pat is voting on their own device, so they give their own votes.')
    const retract = expectApiError(
      await vb.command({ type: 'vote.retract', shapeId, ...proxy }),
      409,
      'conflict',
    )
    expect(retract.error.message).toBe(
      'You have not given a vote on this note for them, so there is none to take back.',
    )
  }
  expect((await vb.mine(pat)).body).toEqual(patOwn)
  expect((patOwn as { votes: Record<string, number> }).votes).toEqual({
    [vb.notes[1]!]: 1,
    [vb.notes[2]!]: 1,
  })

  // Lee has no device: the facilitator votes for them and sees exactly those votes.
  const given = mineOf(
    await vb.command({
      type: 'vote.cast',
      shapeId: vb.notes[0],
      onBehalfOf: lee.participantId,
      consentConfirmed: true,
    }),
  )
  expect(given).toMatchObject({ votesLeft: 2, votes: { [vb.notes[0]!]: 1 } })
  expect((await forPerson(lee.participantId)).body).toMatchObject({
    votesLeft: 2,
    votes: { [vb.notes[0]!]: 1 },
  })

  // If Lee later votes on their own, that vote stays theirs: the facilitator still sees only what they gave.
  await vb.as(lee, { type: 'vote.cast', shapeId: vb.notes[3] })
  expect((await forPerson(lee.participantId)).body).toMatchObject({
    votesLeft: 0,
    votes: { [vb.notes[0]!]: 1 },
  })
  expect((await vb.mine(lee)).body).toMatchObject({
    votesLeft: 1,
    votes: { [vb.notes[0]!]: 1, [vb.notes[3]!]: 1 },
  })
  // Lee can take back the vote the facilitator gave for them; it is their vote.
  expect((await vb.as(lee, { type: 'vote.retract', shapeId: vb.notes[0] })).status).toBe(200)
})
