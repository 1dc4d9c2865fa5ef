import { expect, test } from 'vitest'
import { expectApiError, requestJson } from '../helpers/api.ts'
import { connectControl, createBoardFrom, joinAs, sendCommand } from '../helpers/stageCommands.ts'
import { startTestServer } from '../helpers/testServer.ts'

// The projector opens with the viewer key, which GET /api/boards/:id never
// gives the join code; the control doc carries it while joining is open.
test('every key sees the join code in the control doc while joining is open, and not after', async () => {
  const server = await startTestServer()
  const board = await createBoardFrom(server, 'exploration')
  const summary = await requestJson(`${server.url}/api/boards/${board.id}`, { key: board.keys.viewer })
  expect((summary.body as { joinCode?: string }).joinCode).toBeUndefined()

  const projector = await connectControl(server, board, board.keys.viewer)
  expect(projector.snapshot().joining).toEqual({ open: true, code: board.joinCode })

  expect((await sendCommand(server, board, board.keys.facilitator, { type: 'joining.close' })).status).toBe(
    200,
  )
  const closed = await projector.waitUntil((state) => !state.joining.open, 'joining closed')
  expect(closed.joining.code).toBeUndefined()

  expect((await sendCommand(server, board, board.keys.facilitator, { type: 'joining.open' })).status).toBe(
    200,
  )
  const reopened = await projector.waitUntil((state) => state.joining.open, 'joining open again')
  expect(reopened.joining.code).toBe(board.joinCode)
})

test('only the facilitator can open or close joining', async () => {
  const server = await startTestServer()
  const board = await createBoardFrom(server, 'blank')
  const person = await joinAs(server, board, board.keys.participant, 'Sam')
  expectApiError(
    await sendCommand(server, board, board.keys.participant, { type: 'joining.close' }, person.token),
    403,
    'forbidden',
  )
  expectApiError(
    await sendCommand(server, board, board.keys.viewer, { type: 'joining.close' }),
    403,
    'forbidden',
  )
  const control = await connectControl(server, board, board.keys.viewer)
  expect(control.snapshot().joining).toEqual({ open: true, code: board.joinCode })
})
