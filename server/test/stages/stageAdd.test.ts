import { expect, test } from 'vitest'
import {
  findStage,
  forLaterFrameId,
  stageWidth,
  templateLayout,
  validateRecord,
  type TLRecord,
} from '@wesee/shared'
import { expectApiError } from '../helpers/api.ts'
import {
  connectControl,
  createBoardFrom,
  framesOf,
  joinAs,
  sendCommand,
  type FrameRecord,
} from '../helpers/stageCommands.ts'
import { connectClient, noteRecord, testNote, waitForRecord } from '../helpers/syncClient.ts'
import { startTestServer } from '../helpers/testServer.ts'

test('adding a stage puts its frames to the right of what is there, once', async () => {
  const server = await startTestServer()
  const board = await createBoardFrom(server, 'exploration')
  const content = connectClient(server.syncUrl, board.id, board.keys.participant)
  await content.waitSynced()
  const before = framesOf(content)
  const rightEdge = Math.max(...before.map((frame) => frame.x + frame.props.w))
  // The stage's steps, then its "For later" frame.
  expect(rightEdge).toBe(stageWidth('exploration') + templateLayout.stageGap + templateLayout.frameWidth)

  const added = await sendCommand(server, board, board.keys.facilitator, {
    type: 'stage.add',
    stage: 'experimentation',
  })
  expect(added.status).toBe(200)
  const stage = findStage('experimentation')
  expect((added.body as { frameIds: string[] }).frameIds).toEqual(stage.steps.map((step) => step.frameId))
  expect((added.body as { state: { stages: string[] } }).state.stages).toEqual([
    'exploration',
    'experimentation',
  ])

  await waitForRecord(content, stage.steps.at(-1)!.frameId)
  const newFrames = framesOf(content).filter((frame) => frame.id.includes('experimentation'))
  expect(newFrames).toHaveLength(3)
  for (const frame of newFrames) {
    expect(frame.x).toBeGreaterThanOrEqual(rightEdge + templateLayout.stageGap)
    for (const old of before) expect(frame.index > old.index, `${frame.index} above ${old.index}`).toBe(true)
  }

  const again = expectApiError(
    await sendCommand(server, board, board.keys.facilitator, { type: 'stage.add', stage: 'experimentation' }),
    409,
    'conflict',
  )
  expect(again.error.message).toContain('Experimentation is already on this board')
  await content.roundTrip()
  // Three steps each, and still only the one "For later" frame.
  expect(framesOf(content)).toHaveLength(7)
  expect(framesOf(content).filter((frame) => frame.props.name === 'For later')).toHaveLength(1)
  expect(content.kv.has(forLaterFrameId)).toBe(true)

  const control = await connectControl(server, board, board.keys.viewer)
  expect(control.snapshot().stages).toEqual(['exploration', 'experimentation'])
})

test('a stage goes to the right of the group’s own notes too', async () => {
  const server = await startTestServer()
  const board = await createBoardFrom(server, 'blank')
  const content = connectClient(server.syncUrl, board.id, board.keys.facilitator)
  await content.waitSynced()
  content.kv.set('shape:far-note', { ...noteRecord('far-note'), x: 9000, index: 'a5' })
  await content.roundTrip()

  const added = await sendCommand(server, board, board.keys.facilitator, {
    type: 'stage.add',
    stage: 'engagement',
  })
  expect(added.status).toBe(200)
  await waitForRecord(content, 'shape:frame-engagement-welcome')
  const first = content.kv.get('shape:frame-engagement-welcome') as unknown as FrameRecord
  expect(first.x).toBeGreaterThanOrEqual(9000 + templateLayout.noteSize + templateLayout.stageGap)
  expect(first.index > 'a5').toBe(true)
  // A blank board has no "For later" frame, and adding a stage does not bring one.
  expect(content.kv.has(forLaterFrameId)).toBe(false)
})

test('a stage whose frames were all removed can be added again', async () => {
  const server = await startTestServer()
  const board = await createBoardFrom(server, 'exploration')
  const content = connectClient(server.syncUrl, board.id, board.keys.facilitator)
  await content.waitSynced()
  content.doc.transact(() => {
    for (const step of findStage('exploration').steps) content.kv.delete(step.frameId)
  })
  await content.roundTrip()

  const added = await sendCommand(server, board, board.keys.facilitator, {
    type: 'stage.add',
    stage: 'exploration',
  })
  expect(added.status).toBe(200)
  expect((added.body as { state: { stages: string[] } }).state.stages).toEqual(['exploration'])
  await waitForRecord(content, 'shape:frame-exploration-i-see')
})

test('only the facilitator can add a stage, and a bad stage is refused', async () => {
  const server = await startTestServer()
  const board = await createBoardFrom(server, 'blank')
  const person = await joinAs(server, board, board.keys.participant, 'Ali')
  const command = { type: 'stage.add', stage: 'exploration' }
  expectApiError(
    await sendCommand(server, board, board.keys.participant, command, person.token),
    403,
    'forbidden',
  )
  expectApiError(
    await sendCommand(server, board, board.keys.facilitator, { type: 'stage.add', stage: 'full-cycle' }),
    400,
    'bad_request',
  )
  const content = connectClient(server.syncUrl, board.id, board.keys.viewer)
  await content.waitSynced()
  expect(framesOf(content)).toHaveLength(0)
})

test('a note someone put impossibly far away cannot stop a stage being added, nor make the board unloadable', async () => {
  const server = await startTestServer()
  const board = await createBoardFrom(server, 'exploration')
  const mallory = await joinAs(server, board, board.keys.participant, 'Mallory')
  const content = connectClient(server.syncUrl, board.id, board.keys.participant, { token: mallory.token })
  await content.waitSynced()
  const far = Number.MAX_VALUE
  content.kv.set(
    'shape:far-away',
    testNote({ id: 'shape:far-away', parentId: 'page:page', index: 'a9', x: far, y: 0, text: 'Far' }),
  )
  await content.roundTrip()
  expect(content.kv.has('shape:far-away')).toBe(true)

  const added = await sendCommand(server, board, board.keys.facilitator, {
    type: 'stage.add',
    stage: 'experimentation',
  })
  expect(added.status).toBe(200)
  const stage = findStage('experimentation')
  await waitForRecord(content, stage.steps.at(-1)!.frameId)
  for (const frame of framesOf(content).filter((f) => f.id.includes('experimentation'))) {
    expect(Number.isFinite(frame.x)).toBe(true)
    // Next to the group's work, where people can scroll to it.
    expect(frame.x).toBeGreaterThanOrEqual(stageWidth('exploration'))
    expect(frame.x).toBeLessThan(stageWidth('exploration') * 3)
    expect(() => validateRecord(frame as unknown as TLRecord)).not.toThrow()
  }
})
