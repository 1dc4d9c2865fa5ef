import { expect, test } from 'vitest'
import { expectApiError } from '../helpers/api.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { roomOf } from './voicesHelpers.ts'

test('hands queue in the order raised; only your own hand or the facilitator lowers it; the turn brings it down', async () => {
  const server = await startTestServer()
  const room = await roomOf(server)
  const [ada, ben, cy] = [await room.arrive('Ada'), await room.arrive('Ben'), await room.arrive('Cy')]
  const queue = () => room.control.snapshot().hands.queue.map((hand) => hand.participantId)

  for (const person of [ben, ada, cy])
    expect((await room.as(person, { type: 'hand.raise' })).status).toBe(200)
  // A second raise keeps Ben's place.
  expect((await room.as(ben, { type: 'hand.raise' })).status).toBe(200)
  await room.control.waitUntil((s) => s.hands.queue.length === 3, 'three hands')
  expect(queue()).toEqual([ben.participantId, ada.participantId, cy.participantId])

  // Ada cannot put Ben's hand down; a viewer cannot do anything; a forged token is not anyone.
  expectApiError(
    await room.as(ada, { type: 'hand.lower', participantId: ben.participantId }),
    403,
    'forbidden',
  )
  expectApiError(await room.viewer({ type: 'hand.raise' }), 403, 'forbidden')
  expectApiError(await room.as({ ...ada, token: 'not-a-token' }, { type: 'hand.raise' }), 401, 'unauthorized')
  expectApiError(await room.facilitator({ type: 'hand.lower' }), 400, 'bad_request')
  expectApiError(await room.as(ada, { type: 'hand.lower', participantId: '../../etc' }), 400, 'bad_request')

  // Ada puts her own down and raises it again: she goes to the end.
  expect((await room.as(ada, { type: 'hand.lower' })).status).toBe(200)
  expect((await room.as(ada, { type: 'hand.raise' })).status).toBe(200)
  await room.control.waitUntil((s) => s.hands.queue.at(-1)?.participantId === ada.participantId, 'Ada last')
  expect(queue()).toEqual([ben.participantId, cy.participantId, ada.participantId])

  // The facilitator lowers Cy's hand, then gives Ben the turn: his hand comes down.
  expect((await room.facilitator({ type: 'hand.lower', participantId: cy.participantId })).status).toBe(200)
  expect((await room.facilitator({ type: 'turn.give', participantId: ben.participantId })).status).toBe(200)
  const after = await room.control.waitUntil((s) => s.turn?.participantId === ben.participantId, 'Ben speaks')
  expect(after.hands.queue.map((hand) => hand.participantId)).toEqual([ada.participantId])

  // Only the facilitator gives turns; only Ben or the facilitator ends his.
  expectApiError(
    await room.as(ada, { type: 'turn.give', participantId: ada.participantId }),
    403,
    'forbidden',
  )
  expectApiError(
    await room.facilitator({ type: 'turn.give', participantId: 'nobody-here' }),
    404,
    'not_found',
  )
  expectApiError(await room.as(ada, { type: 'turn.end' }), 403, 'forbidden')
  expect((await room.as(ben, { type: 'turn.end' })).status).toBe(200)
  await room.control.waitUntil((s) => s.turn === null, 'the turn over')
  await server.close()
})
