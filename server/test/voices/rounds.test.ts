import { expect, test } from 'vitest'
import { expectApiError } from '../helpers/api.ts'
import { connectControl, sendCommand } from '../helpers/stageCommands.ts'
import { connectClient } from '../helpers/syncClient.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { roomOf } from './voicesHelpers.ts'

test('a round goes to the people here in order, skips who left, takes a late comer at the end, and offers people who passed one more turn', async () => {
  const server = await startTestServer()
  const room = await roomOf(server)
  const [ada, ben, cy] = [await room.arrive('Ada'), await room.arrive('Ben'), await room.arrive('Cy')]
  const whoseTurn = () => {
    const round = room.control.snapshot().round
    return round?.status === 'going' ? round.order[round.current] : null
  }
  const waitForTurn = (id: string | null, what: string) =>
    room.control.waitUntil(
      (s) => (s.round?.status === 'going' ? s.round.order[s.round.current] : null) === id,
      what,
    )

  expectApiError(await room.as(ada, { type: 'round.start' }), 403, 'forbidden')
  expectApiError(await room.facilitator({ type: 'round.start', order: 'sideways' }), 400, 'bad_request')
  expect((await room.facilitator({ type: 'round.start', prompt: 'How are you today?' })).status).toBe(200)
  await waitForTurn(ada.participantId, 'Ada first')
  expect(room.control.snapshot().round).toMatchObject({
    prompt: 'How are you today?',
    order: [ada.participantId, ben.participantId, cy.participantId],
    part: 'first',
  })

  // Only the person whose turn it is passes; the facilitator may pass for them.
  expectApiError(await room.as(ben, { type: 'round.pass' }), 403, 'forbidden')
  expect((await room.as(ada, { type: 'round.pass' })).status).toBe(200)
  await waitForTurn(ben.participantId, 'Ben next')

  // Cy leaves before her turn; Dee arrives late and joins the end.
  await room.leave(cy)
  const dee = await room.arrive('Dee')
  await room.control.waitUntil((s) => s.round?.order.at(-1) === dee.participantId, 'Dee at the end')
  expect((await room.facilitator({ type: 'round.next' })).status).toBe(200)
  await waitForTurn(dee.participantId, 'Cy skipped, Dee next')
  expect((await room.facilitator({ type: 'round.pass' })).status).toBe(200)

  // The first part is over: Ada and Dee passed, so each is asked once more.
  const again = await waitForTurn(ada.participantId, 'Ada asked again')
  expect(again.round).toMatchObject({ part: 'again', order: [ada.participantId, dee.participantId] })
  expect((await room.as(ada, { type: 'round.pass' })).status).toBe(200)
  await waitForTurn(dee.participantId, 'Dee asked again')
  expect((await room.facilitator({ type: 'round.next' })).status).toBe(200)
  const done = await room.control.waitUntil((s) => s.round?.status === 'done', 'the round done')
  expect(whoseTurn()).toBeNull()
  expect(done.round!.passed).toEqual([ada.participantId, dee.participantId])

  // Done is done: nobody passes or moves on; the facilitator clears it away.
  expectApiError(await room.as(dee, { type: 'round.pass' }), 409, 'conflict')
  expectApiError(await room.facilitator({ type: 'round.next' }), 409, 'conflict')
  expect((await room.facilitator({ type: 'round.end' })).status).toBe(200)
  await room.control.waitUntil((s) => s.round === null, 'the round gone')
  await server.close()
})

test('a round needs someone here, and nothing in it counts time spoken', async () => {
  const server = await startTestServer()
  const room = await roomOf(server)
  expectApiError(await room.facilitator({ type: 'round.start' }), 409, 'conflict')
  const ada = await room.arrive('Ada')
  expect((await room.facilitator({ type: 'round.start', order: 'random' })).status).toBe(200)
  const started = await room.control.waitUntil((s) => s.round !== null, 'a round')
  expect(started.round!.order).toEqual([ada.participantId])
  expect(Object.keys(started.round!).sort()).toEqual(
    ['changedAt', 'current', 'done', 'order', 'part', 'passed', 'prompt', 'startedAt', 'status'].sort(),
  )
  await server.close()
})

test('someone who spoke in the first part and reloads while people who passed are asked again gets no second turn', async () => {
  const server = await startTestServer()
  const room = await roomOf(server)
  const [ada, cy, ben] = [await room.arrive('Ada'), await room.arrive('Cy'), await room.arrive('Ben')]
  expect((await room.facilitator({ type: 'round.start' })).status).toBe(200)
  // Ada and Cy pass, Cy leaves, Ben speaks: only Ada is here to be asked again.
  expect((await room.as(ada, { type: 'round.pass' })).status).toBe(200)
  await room.control.waitUntil((s) => s.round?.current === 1, 'Cy next')
  expect((await room.as(cy, { type: 'round.pass' })).status).toBe(200)
  await room.leave(cy)
  expect((await room.facilitator({ type: 'round.next' })).status).toBe(200)
  const again = await room.control.waitUntil((s) => s.round?.part === 'again', 'the second offer')
  expect(again.round!.order).toEqual([ada.participantId])
  // Ben's page reloads (his socket closes and opens again): he has had his turn.
  await room.leave(ben)
  const benAgain = connectClient(server.syncUrl, room.board.id, room.board.keys.participant, {
    token: ben.token,
  })
  await benAgain.waitSynced()
  // Cy comes back: she passed and was not here to be asked again, so she joins the end.
  const cyAgain = connectClient(server.syncUrl, room.board.id, room.board.keys.participant, {
    token: cy.token,
  })
  await cyAgain.waitSynced()
  const back = await room.control.waitUntil(
    (s) => [ben, cy].every((p) => s.participants.find((x) => x.id === p.participantId)?.present),
    'Ben and Cy back',
  )
  expect(back.round).toMatchObject({ part: 'again', order: [ada.participantId, cy.participantId] })
  await server.close()
})

test('after the server restarts, nobody counts as here until their page connects again, so a round never waits on someone gone', async () => {
  const server = await startTestServer()
  const room = await roomOf(server)
  const ada = await room.arrive('Ada')
  ada.board.destroy()
  const again = await server.restart()
  const control = await connectControl(again, room.board, room.board.keys.viewer)
  expect(control.snapshot().participants.find((p) => p.id === ada.participantId)?.present).toBe(false)
  expectApiError(
    await sendCommand(again, room.board, room.board.keys.facilitator, { type: 'round.start' }),
    409,
    'conflict',
  )
  const back = connectClient(again.syncUrl, room.board.id, room.board.keys.participant, { token: ada.token })
  await back.waitSynced()
  await control.waitUntil(
    (s) => s.participants.find((p) => p.id === ada.participantId)?.present === true,
    'Ada back',
  )
  expect(
    (await sendCommand(again, room.board, room.board.keys.facilitator, { type: 'round.start' })).status,
  ).toBe(200)
  await again.close()
})
