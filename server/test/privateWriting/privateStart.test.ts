import { expect, test } from 'vitest'
import { createBoardOver, expectApiError } from '../helpers/api.ts'
import {
  command,
  connectPrivate,
  iSeeFrame,
  joinPerson,
  privateNote,
  privateWritingOf,
  waitForPrivateWriting,
  writeNotes,
  youSeeFrame,
  privateCountsOf,
} from '../helpers/privateWriting.ts'
import { connectControl } from '../helpers/stageCommands.ts'
import { startTestServer } from '../helpers/testServer.ts'

test('starting private writing opens it on "What do I see?", to be revealed in "What do you see?"', async () => {
  const server = await startTestServer()
  const board = await createBoardOver(server.url, 'Start', { template: 'full-cycle' })
  const ada = await joinPerson(server.url, board, board.keys.participant, { name: 'Ada' })
  const control = await connectControl(server, board, board.keys.participant)
  expect(privateWritingOf(control.client.doc)).toBeNull()

  const response = await command(
    server.url,
    board,
    { key: board.keys.facilitator },
    { type: 'private.start' },
  )
  expect(response.status).toBe(200)
  expect(response.body).toMatchObject({ frameId: iSeeFrame, revealFrameId: youSeeFrame })
  await waitForPrivateWriting(control.client.doc, (state) => state.active, 'started')
  expect(privateWritingOf(control.client.doc)).toMatchObject({
    active: true,
    frameId: iSeeFrame,
    revealFrameId: youSeeFrame,
    writers: 0,
    shared: {},
    revealedAt: null,
  })
  expect(await privateCountsOf(server.url, board)).toEqual({ [ada.participantId]: 0 })
  // A second start while it is on is refused; stopping ends it without sharing anything.
  expectApiError(
    await command(server.url, board, { key: board.keys.facilitator }, { type: 'private.start' }),
    409,
    'conflict',
  )
  expect(
    (await command(server.url, board, { key: board.keys.facilitator }, { type: 'private.stop' })).status,
  ).toBe(200)
  await waitForPrivateWriting(control.client.doc, (state) => !state.active, 'stopped')
  expect(privateWritingOf(control.client.doc)!.stoppedAt).toBeGreaterThan(0)
  expectApiError(
    await command(server.url, board, { key: board.keys.facilitator }, { type: 'private.stop' }),
    409,
    'conflict',
  )
})

test('a chosen frame: people write there, and the notes are revealed there', async () => {
  const server = await startTestServer()
  const board = await createBoardOver(server.url, 'Worries', { template: 'engagement' })
  const frameId = 'shape:frame-engagement-worries'
  const response = await command(
    server.url,
    board,
    { key: board.keys.facilitator },
    { type: 'private.start', frameId },
  )
  expect(response.body).toMatchObject({ frameId, revealFrameId: frameId })
})

test('each person’s count follows what their private doc holds — a number, never their words, for the facilitator only', async () => {
  const server = await startTestServer()
  const board = await createBoardOver(server.url, 'Counts', { template: 'exploration' })
  const ada = await joinPerson(server.url, board, board.keys.participant, { name: 'Ada' })
  const bo = await joinPerson(server.url, board, board.keys.participant, { name: 'Bo' })
  await command(server.url, board, { key: board.keys.facilitator }, { type: 'private.start' })
  const control = await connectControl(server, board, board.keys.participant)
  const adaPrivate = await connectPrivate(server.syncUrl, board, ada)

  await writeNotes(adaPrivate, [privateNote('a1', 'First words'), privateNote('a2', 'Second words')])
  expect(await privateCountsOf(server.url, board)).toEqual({ [ada.participantId]: 2, [bo.participantId]: 0 })
  // Everyone's control doc says only how many people are writing.
  await waitForPrivateWriting(control.client.doc, (state) => state.writers === 1, 'one writer')
  // Other records (a stray arrow, say) are not notes and do not count.
  adaPrivate.kv.set('shape:arrow', { id: 'shape:arrow', typeName: 'shape', type: 'arrow' })
  adaPrivate.kv.delete('shape:a1')
  await adaPrivate.roundTrip()
  expect(await privateCountsOf(server.url, board)).toEqual({ [ada.participantId]: 1, [bo.participantId]: 0 })
  const state = privateWritingOf(control.client.doc)!
  expect(state.writers).toBe(1)
  expect(JSON.stringify(control.client.doc.toJSON())).not.toMatch(/words/)
  expect(JSON.stringify(control.client.doc.toJSON())).not.toMatch(/counts/)

  // Notes kept from an earlier round count when a new round starts.
  await command(server.url, board, { key: board.keys.facilitator }, { type: 'private.stop' })
  await command(server.url, board, { key: board.keys.facilitator }, { type: 'private.start' })
  await waitForPrivateWriting(control.client.doc, (s) => s.active && s.writers === 1, 'kept')
  expect(await privateCountsOf(server.url, board)).toMatchObject({ [ada.participantId]: 1 })
})

test('only the facilitator starts and stops it, on a frame that is on the board', async () => {
  const server = await startTestServer()
  const board = await createBoardOver(server.url, 'Refusals', { template: 'blank' })
  const ada = await joinPerson(server.url, board, board.keys.participant, { name: 'Ada' })
  const key = board.keys.facilitator
  expectApiError(await command(server.url, board, ada, { type: 'private.start' }), 403, 'forbidden')
  expectApiError(
    await command(server.url, board, { key: board.keys.viewer }, { type: 'private.start' }),
    403,
    'forbidden',
  )
  expectApiError(await command(server.url, board, ada, { type: 'private.stop' }), 403, 'forbidden')
  // A blank board has no "What do I see?" frame.
  const noFrame = expectApiError(
    await command(server.url, board, { key }, { type: 'private.start' }),
    409,
    'conflict',
  )
  expect(noFrame.error.message).toMatch(/What do I see/)
  expectApiError(
    await command(
      server.url,
      board,
      { key },
      { type: 'private.start', frameId: 'shape:frame-exploration-we-see' },
    ),
    409,
    'conflict',
  )
  // The page is not a frame; bad ids are bad input.
  expectApiError(
    await command(server.url, board, { key }, { type: 'private.start', frameId: 'page:page' }),
    400,
    'bad_request',
  )
  expectApiError(
    await command(server.url, board, { key }, { type: 'private.start', frameId: 42 }),
    400,
    'bad_request',
  )
  expectApiError(
    await command(server.url, board, { key }, { type: 'private.start', frameId: 'shape:../../etc' }),
    400,
    'bad_request',
  )
  const control = await connectControl(server, board, board.keys.viewer)
  expect(privateWritingOf(control.client.doc)).toBeNull()
})
