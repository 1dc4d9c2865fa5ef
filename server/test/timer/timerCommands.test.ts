import { expect, test } from 'vitest'
import { timerRemainingMs, type TimerState } from '@wesee/shared'
import { expectApiError, requestJson, type JsonResponse } from '../helpers/api.ts'
import { connectControl, joinAs, sendCommand } from '../helpers/stageCommands.ts'
import { startTestServer, type TestServer } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

async function timerBoard(server: TestServer) {
  const board = await server.createBoard()
  const command = (body: Record<string, unknown>) => sendCommand(server, board, board.keys.facilitator, body)
  return { board, command }
}

function answer(response: JsonResponse): { timer: TimerState | null; serverNow: number } {
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  const body = response.body as { state: { timer: TimerState | null }; serverNow: number }
  return { timer: body.state.timer, serverNow: body.serverNow }
}

test('the server keeps the end time; everyone sees it in the control doc', async () => {
  const server = await startTestServer()
  const { board, command } = await timerBoard(server)
  const control = await connectControl(server, board, board.keys.participant)
  const before = Date.now()
  const { timer, serverNow } = answer(await command({ type: 'timer.start', seconds: 180 }))
  expect(serverNow).toBeGreaterThanOrEqual(before)
  expect(timer).toEqual({
    status: 'running',
    durationMs: 180_000,
    endsAt: serverNow + 180_000,
    remainingMs: 180_000,
    changedAt: serverNow,
  })
  const seen = await control.waitUntil((s) => s.timer !== null, 'the timer')
  expect(seen.timer).toEqual(timer)
})

test('pause keeps the time left; start without seconds carries on from there; reset takes it away', async () => {
  const server = await startTestServer()
  const { board, command } = await timerBoard(server)
  const started = answer(await command({ type: 'timer.start', seconds: 60 }))
  await waitFor(() => Date.now() >= started.serverNow + 30, 'a little time to pass')

  const paused = answer(await command({ type: 'timer.pause' }))
  expect(paused.timer).toMatchObject({ status: 'paused', endsAt: null, durationMs: 60_000 })
  const left = paused.timer!.remainingMs
  expect(left).toBe(started.timer!.endsAt! - paused.serverNow)
  expect(left).toBeLessThan(60_000)
  // A paused timer does not move, whatever the clock says.
  expect(timerRemainingMs(paused.timer!, paused.serverNow + 3_600_000)).toBe(left)
  expectApiError(await command({ type: 'timer.pause' }), 409, 'conflict')

  const resumed = answer(await command({ type: 'timer.start' }))
  expect(resumed.timer).toMatchObject({ status: 'running', remainingMs: left, durationMs: 60_000 })
  expect(resumed.timer!.endsAt).toBe(resumed.serverNow + left)
  expectApiError(await command({ type: 'timer.start' }), 409, 'conflict')

  // A new length starts again from the top, running or not.
  const restarted = answer(await command({ type: 'timer.start', seconds: 5 }))
  expect(restarted.timer).toMatchObject({ durationMs: 5_000, remainingMs: 5_000 })

  expect(answer(await command({ type: 'timer.reset' })).timer).toBeNull()
  expect(answer(await command({ type: 'timer.reset' })).timer).toBeNull()
  const nothing = expectApiError(await command({ type: 'timer.start' }), 400, 'bad_request')
  expect(nothing.error.message).toBe('Choose how long the timer should run.')
  expectApiError(await command({ type: 'timer.pause' }), 409, 'conflict')
  expect((await connectControl(server, board, board.keys.viewer)).snapshot().timer).toBeNull()
})

test('a timer that has run out cannot be paused', async () => {
  const server = await startTestServer()
  const { command } = await timerBoard(server)
  const { timer } = answer(await command({ type: 'timer.start', seconds: 1 }))
  await waitFor(() => Date.now() > timer!.endsAt! + 5, 'the timer to run out', { timeoutMs: 3_000 })
  const refused = expectApiError(await command({ type: 'timer.pause' }), 409, 'conflict')
  expect(refused.error.message).toMatch(/Time is already up/)
})

test('only the facilitator runs the timer, with a sensible length', async () => {
  const server = await startTestServer()
  const { board, command } = await timerBoard(server)
  const person = await joinAs(server, board, board.keys.participant, 'Sam')
  for (const type of ['timer.start', 'timer.pause', 'timer.reset']) {
    expectApiError(
      await sendCommand(server, board, board.keys.participant, { type, seconds: 60 }, person.token),
      403,
      'forbidden',
    )
    expectApiError(
      await sendCommand(server, board, board.keys.viewer, { type, seconds: 60 }),
      403,
      'forbidden',
    )
  }
  for (const seconds of [0, -5, 1.5, 5401, '60', null, Number.MAX_SAFE_INTEGER]) {
    expectApiError(await command({ type: 'timer.start', seconds }), 400, 'bad_request')
  }
  expect((await connectControl(server, board, board.keys.viewer)).snapshot().timer).toBeNull()
  expect(answer(await command({ type: 'timer.start', seconds: 5400 })).timer?.durationMs).toBe(5_400_000)
})

test('GET /api/time tells a client the server’s clock', async () => {
  const server = await startTestServer()
  const before = Date.now()
  const response = await requestJson(`${server.url}/api/time`)
  expect(response.status).toBe(200)
  expect(response.headers.get('cache-control')).toBe('no-store')
  const { serverNow } = response.body as { serverNow: number }
  expect(serverNow).toBeGreaterThanOrEqual(before)
  expect(serverNow).toBeLessThanOrEqual(Date.now())
})
