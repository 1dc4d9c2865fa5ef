import { expect, test } from 'vitest'
import { expectApiError } from '../helpers/api.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { connectControl } from '../helpers/stageCommands.ts'
import { noteIn } from '../helpers/voting.ts'
import { roomOf } from './voicesHelpers.ts'

const howWeWork = 'shape:frame-engagement-how-we-work'

test('the facilitator marks notes as our agreements; every key sees them; nobody else can change them', async () => {
  const server = await startTestServer()
  const room = await roomOf(server, 'engagement')
  const ada = await room.arrive('Ada')
  ada.board.doc.transact(() => {
    ada.board.kv.set('shape:listen', noteIn(howWeWork, 'listen', 'We listen to each other', 100, 400))
    ada.board.kv.set('shape:blank', noteIn(howWeWork, 'blank', '', 100, 600))
  })
  await ada.board.roundTrip()

  expectApiError(await room.as(ada, { type: 'agreement.add', shapeId: 'shape:listen' }), 403, 'forbidden')
  expectApiError(await room.viewer({ type: 'agreement.add', shapeId: 'shape:listen' }), 403, 'forbidden')
  expectApiError(
    await room.facilitator({ type: 'agreement.add', shapeId: 'shape:nothing' }),
    404,
    'not_found',
  )
  expectApiError(await room.facilitator({ type: 'agreement.add', shapeId: 'shape:blank' }), 409, 'conflict')
  expectApiError(await room.facilitator({ type: 'agreement.add', shapeId: 'listen' }), 400, 'bad_request')
  expectApiError(await room.facilitator({ type: 'agreement.show', shown: true }), 409, 'conflict')

  expect((await room.facilitator({ type: 'agreement.add', shapeId: 'shape:listen' })).status).toBe(200)
  // Marking it twice keeps one.
  expect((await room.facilitator({ type: 'agreement.add', shapeId: 'shape:listen' })).status).toBe(200)
  expect((await room.facilitator({ type: 'agreement.show', shown: true })).status).toBe(200)
  for (const key of [room.board.keys.viewer, room.board.keys.participant, room.board.keys.facilitator]) {
    const control = await connectControl(server, room.board, key)
    const seen = await control.waitUntil((s) => s.agreements.shownAt !== null, 'shown')
    expect(seen.agreements.items).toEqual([
      { shapeId: 'shape:listen', text: 'We listen to each other', addedAt: expect.any(Number) },
    ])
  }

  // The words stay as agreed when the note changes or goes.
  ada.board.kv.delete('shape:listen')
  await ada.board.roundTrip()
  expect(room.control.snapshot().agreements.items[0]!.text).toBe('We listen to each other')

  expectApiError(await room.as(ada, { type: 'agreement.remove', shapeId: 'shape:listen' }), 403, 'forbidden')
  expect((await room.facilitator({ type: 'agreement.show', shown: false })).status).toBe(200)
  expect((await room.facilitator({ type: 'agreement.remove', shapeId: 'shape:listen' })).status).toBe(200)
  await room.control.waitUntil(
    (s) => s.agreements.items.length === 0 && s.agreements.shownAt === null,
    'none',
  )
  await server.close()
})

test('taking away the last agreement while they show on every screen stops showing them', async () => {
  const server = await startTestServer()
  const room = await roomOf(server, 'engagement')
  const ada = await room.arrive('Ada')
  ada.board.kv.set('shape:listen', noteIn(howWeWork, 'listen', 'We listen to each other', 100, 400))
  await ada.board.roundTrip()
  expect((await room.facilitator({ type: 'agreement.add', shapeId: 'shape:listen' })).status).toBe(200)
  expect((await room.facilitator({ type: 'agreement.show', shown: true })).status).toBe(200)
  const answer = await room.facilitator({ type: 'agreement.remove', shapeId: 'shape:listen' })
  expect(answer.status).toBe(200)
  // Nothing left to remember: the projector must not show an empty "Our agreements".
  expect((answer.body as { state: { agreements: unknown } }).state.agreements).toEqual({
    items: [],
    shownAt: null,
  })
  await server.close()
})
