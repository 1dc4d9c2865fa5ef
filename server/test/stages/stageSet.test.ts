import { expect, test } from 'vitest'
import { findStep } from '@wesee/shared'
import { expectApiError } from '../helpers/api.ts'
import { connectControl, createBoardFrom, joinAs, sendCommand } from '../helpers/stageCommands.ts'
import { startTestServer } from '../helpers/testServer.ts'

test('the facilitator moves the group to a step, and everyone sees it in the control doc', async () => {
  const server = await startTestServer()
  const board = await createBoardFrom(server, 'exploration')
  const control = await connectControl(server, board, board.keys.participant)

  const response = await sendCommand(server, board, board.keys.facilitator, {
    type: 'stage.set',
    stage: 'exploration',
    step: 'you-see',
  })
  expect(response.status).toBe(200)
  const step = findStep('exploration', 'you-see')!
  const expected = {
    stage: 'exploration',
    step: 'you-see',
    frameId: 'shape:frame-exploration-you-see',
    title: 'What do you see?',
    prompt: step.prompt,
  }
  expect((response.body as { state: { stage: unknown } }).state.stage).toMatchObject(expected)
  const seen = await control.waitUntil((state) => state.stage?.step === 'you-see', 'the new step')
  expect(seen.stage).toMatchObject(expected)
  expect(seen.stage?.changedAt).toBeGreaterThan(0)
})

test('without a step, the group goes to the stage’s first step', async () => {
  const server = await startTestServer()
  const board = await createBoardFrom(server, 'full-cycle')
  const response = await sendCommand(server, board, board.keys.facilitator, {
    type: 'stage.set',
    stage: 'embedding',
  })
  expect(response.status).toBe(200)
  expect((response.body as { state: { stage: unknown } }).state.stage).toMatchObject({
    stage: 'embedding',
    step: 'what-we-learned',
    frameId: 'shape:frame-embedding-what-we-learned',
  })
})

test('a participant cannot move the stage, and nothing changes', async () => {
  const server = await startTestServer()
  const board = await createBoardFrom(server, 'exploration')
  const person = await joinAs(server, board, board.keys.participant, 'Sam')
  const command = { type: 'stage.set', stage: 'exploration', step: 'we-see' }

  expectApiError(
    await sendCommand(server, board, board.keys.participant, command, person.token),
    403,
    'forbidden',
  )
  expectApiError(await sendCommand(server, board, board.keys.viewer, command), 403, 'forbidden')
  const control = await connectControl(server, board, board.keys.viewer)
  expect(control.snapshot().stage).toBeNull()
})

test('an unknown stage or step is refused with a plain message', async () => {
  const server = await startTestServer()
  const board = await createBoardFrom(server, 'full-cycle')
  const key = board.keys.facilitator

  const unknownStage = expectApiError(
    await sendCommand(server, board, key, { type: 'stage.set', stage: 'celebration' }),
    400,
    'bad_request',
  )
  expect(unknownStage.error.message).toMatch(/stage/i)
  expectApiError(await sendCommand(server, board, key, { type: 'stage.set' }), 400, 'bad_request')
  expectApiError(await sendCommand(server, board, key, { type: 'stage.set', stage: 42 }), 400, 'bad_request')
  expectApiError(
    await sendCommand(server, board, key, { type: 'stage.set', stage: 'exploration', step: 'no-such-step' }),
    400,
    'bad_request',
  )
  const wrongStage = expectApiError(
    await sendCommand(server, board, key, { type: 'stage.set', stage: 'exploration', step: 'hopes' }),
    400,
    'bad_request',
  )
  expect(wrongStage.error.message).toContain('What do I see?')

  const control = await connectControl(server, board, board.keys.viewer)
  expect(control.snapshot().stage).toBeNull()
})

test('a stage that is not on the board cannot be moved to until it is added', async () => {
  const server = await startTestServer()
  const board = await createBoardFrom(server, 'exploration')
  const key = board.keys.facilitator

  const refused = expectApiError(
    await sendCommand(server, board, key, { type: 'stage.set', stage: 'embedding', step: 'keep-going' }),
    409,
    'conflict',
  )
  expect(refused.error.message).toContain('Embedding')
  expect((await sendCommand(server, board, key, { type: 'stage.add', stage: 'embedding' })).status).toBe(200)
  const moved = await sendCommand(server, board, key, {
    type: 'stage.set',
    stage: 'embedding',
    step: 'keep-going',
  })
  expect(moved.status).toBe(200)
})

test('a blank board has no stages to move to', async () => {
  const server = await startTestServer()
  const board = await createBoardFrom(server, 'blank')
  expectApiError(
    await sendCommand(server, board, board.keys.facilitator, { type: 'stage.set', stage: 'exploration' }),
    409,
    'conflict',
  )
})
