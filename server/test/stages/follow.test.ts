import { expect, test } from 'vitest'
import { expectApiError } from '../helpers/api.ts'
import { connectControl, createBoardFrom, joinAs, sendCommand } from '../helpers/stageCommands.ts'
import { startTestServer } from '../helpers/testServer.ts'

test('"Follow me" turns on and off, naming the facilitator to follow', async () => {
  const server = await startTestServer()
  const board = await createBoardFrom(server, 'exploration')
  const leader = await joinAs(server, board, board.keys.facilitator, 'Jo')
  const control = await connectControl(server, board, board.keys.participant)
  expect(control.snapshot().follow).toMatchObject({ following: false, leaderId: null })

  const on = await sendCommand(
    server,
    board,
    board.keys.facilitator,
    { type: 'follow.set', following: true },
    leader.token,
  )
  expect(on.status).toBe(200)
  const following = await control.waitUntil((state) => state.follow.following, 'following on')
  expect(following.follow.leaderId).toBe(leader.participantId)
  expect(following.follow.changedAt).toBeGreaterThan(0)

  const off = await sendCommand(server, board, board.keys.facilitator, {
    type: 'follow.set',
    following: false,
  })
  expect(off.status).toBe(200)
  const stopped = await control.waitUntil((state) => !state.follow.following, 'following off')
  expect(stopped.follow.leaderId).toBeNull()
})

test('only the facilitator can ask people to follow, and "following" must be yes or no', async () => {
  const server = await startTestServer()
  const board = await createBoardFrom(server, 'blank')
  const person = await joinAs(server, board, board.keys.participant, 'Sam')
  const key = board.keys.facilitator
  expectApiError(
    await sendCommand(
      server,
      board,
      board.keys.participant,
      { type: 'follow.set', following: true },
      person.token,
    ),
    403,
    'forbidden',
  )
  expectApiError(
    await sendCommand(server, board, key, { type: 'follow.set', following: 'yes' }),
    400,
    'bad_request',
  )
  expectApiError(await sendCommand(server, board, key, { type: 'follow.set' }), 400, 'bad_request')
  const control = await connectControl(server, board, board.keys.viewer)
  expect(control.snapshot().follow.following).toBe(false)
})

test('"Bring everyone here" counts up once per press, to a frame or a view', async () => {
  const server = await startTestServer()
  const board = await createBoardFrom(server, 'exploration')
  const key = board.keys.facilitator
  const control = await connectControl(server, board, board.keys.participant)
  expect(control.snapshot().summon).toBeNull()

  const toFrame = await sendCommand(server, board, key, {
    type: 'follow.bringHere',
    frameId: 'shape:frame-exploration-we-see',
  })
  expect(toFrame.status).toBe(200)
  const first = await control.waitUntil((state) => state.summon?.count === 1, 'the first summon')
  expect(first.summon).toMatchObject({ frameId: 'shape:frame-exploration-we-see', viewport: null })

  const viewport = { x: -120.5, y: 40, w: 1920, h: 1080 }
  expect((await sendCommand(server, board, key, { type: 'follow.bringHere', viewport })).status).toBe(200)
  const second = await control.waitUntil((state) => state.summon?.count === 2, 'the second summon')
  expect(second.summon).toMatchObject({ frameId: null, viewport })
})

test('"Bring everyone here" needs a place that exists', async () => {
  const server = await startTestServer()
  const board = await createBoardFrom(server, 'exploration')
  const key = board.keys.facilitator
  expectApiError(await sendCommand(server, board, key, { type: 'follow.bringHere' }), 400, 'bad_request')
  expectApiError(
    await sendCommand(server, board, key, {
      type: 'follow.bringHere',
      viewport: { x: 0, y: 0, w: 0, h: 10 },
    }),
    400,
    'bad_request',
  )
  expectApiError(
    await sendCommand(server, board, key, {
      type: 'follow.bringHere',
      viewport: { x: 'left', y: 0, w: 5, h: 5 },
    }),
    400,
    'bad_request',
  )
  expectApiError(
    await sendCommand(server, board, key, { type: 'follow.bringHere', frameId: 'not a shape' }),
    400,
    'bad_request',
  )
  expectApiError(
    await sendCommand(server, board, key, {
      type: 'follow.bringHere',
      frameId: 'shape:frame-embedding-keep-going',
    }),
    409,
    'conflict',
  )
  const control = await connectControl(server, board, board.keys.viewer)
  expect(control.snapshot().summon).toBeNull()
})
