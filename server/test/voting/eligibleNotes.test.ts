import { expect, test } from 'vitest'
import { expectApiError } from '../helpers/api.ts'
import { createBoardFrom, sendCommand } from '../helpers/stageCommands.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { iSeeFrame, voteOf, votingBoard, weSeeFrame } from '../helpers/voting.ts'

test('by default the vote holds the notes in the current step’s frame, in reading order', async () => {
  const server = await startTestServer()
  const vb = await votingBoard(server)
  const vote = voteOf(await vb.command({ type: 'vote.start' }))
  expect(vote).toMatchObject({
    status: 'open',
    frameId: weSeeFrame,
    title: 'What do we see now?',
    shapeIds: vb.notes,
    votesPerPerson: 3,
    allowSameNoteTwice: false,
    anonymous: true,
    results: 'hidden',
    revealed: false,
    voterCount: 0,
    tally: null,
  })
  const control = await vb.control()
  expect(control.snapshot().vote?.shapeIds).toEqual(vb.notes)
})

test('a note outside the vote cannot be voted for', async () => {
  const server = await startTestServer()
  const vb = await votingBoard(server)
  const sam = await vb.join('Sam')
  await vb.command({ type: 'vote.start' })
  const outside = expectApiError(
    await vb.as(sam, { type: 'vote.cast', shapeId: vb.outsideNote }),
    400,
    'bad_request',
  )
  expect(outside.error.message).toBe(
    'That note is not part of this vote. Choose one of the notes in the vote.',
  )
  expectApiError(await vb.as(sam, { type: 'vote.cast', shapeId: 'shape:no-such-note' }), 400, 'bad_request')
  expect((await vb.mine(sam)).body).toMatchObject({ votesLeft: 3, votes: {} })
})

test('the facilitator can choose another frame, or the notes one by one', async () => {
  const server = await startTestServer()
  const vb = await votingBoard(server)
  const other = voteOf(await vb.command({ type: 'vote.start', frameId: iSeeFrame, votesPerPerson: 5 }))
  expect(other).toMatchObject({ frameId: iSeeFrame, title: 'What do I see?', shapeIds: [vb.outsideNote] })
  await vb.command({ type: 'vote.end' })

  const chosen = voteOf(
    await vb.command({ type: 'vote.start', shapeIds: [vb.notes[2], vb.outsideNote, vb.notes[2]] }),
  )
  expect(chosen).toMatchObject({
    frameId: null,
    title: 'Chosen notes',
    shapeIds: [vb.notes[2], vb.outsideNote],
  })
})

test('vote.start refuses bad settings, frames with nothing to vote on and shapes that are not notes', async () => {
  const server = await startTestServer()
  const vb = await votingBoard(server)
  const start = (fields: Record<string, unknown>) => vb.command({ type: 'vote.start', ...fields })

  for (const votesPerPerson of [0, 11, 2.5, 'three', null]) {
    expectApiError(await start({ votesPerPerson }), 400, 'bad_request')
  }
  expectApiError(await start({ results: 'sometimes' }), 400, 'bad_request')
  expectApiError(await start({ anonymous: 'yes' }), 400, 'bad_request')
  expectApiError(await start({ shapeIds: [] }), 400, 'bad_request')
  expectApiError(await start({ shapeIds: 'shape:we-1' }), 400, 'bad_request')
  expectApiError(await start({ frameId: 'not a shape' }), 400, 'bad_request')
  expectApiError(await start({ frameId: weSeeFrame, shapeIds: [vb.notes[0]] }), 400, 'bad_request')
  // A frame is not a note; neither is a shape that is not there.
  expectApiError(await start({ shapeIds: [weSeeFrame] }), 400, 'bad_request')
  expectApiError(await start({ shapeIds: ['shape:gone'] }), 400, 'bad_request')
  expectApiError(await start({ frameId: 'shape:no-such-frame' }), 409, 'conflict')
  const empty = expectApiError(await start({ frameId: 'shape:frame-exploration-you-see' }), 409, 'conflict')
  expect(empty.error.message).toBe('There are no notes in "What do you see?" to vote on yet.')

  const control = await vb.control()
  expect(control.snapshot().vote).toBeNull()
})

test('without a current step or a frame, the facilitator is asked to choose one', async () => {
  const server = await startTestServer()
  const board = await createBoardFrom(server, 'exploration')
  const refused = expectApiError(
    await sendCommand(server, board, board.keys.facilitator, { type: 'vote.start' }),
    400,
    'bad_request',
  )
  expect(refused.error.message).toBe('Choose a frame or some notes to vote on.')
})
