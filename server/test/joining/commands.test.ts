import { describe, expect, it } from 'vitest'
import { expectApiError, requestJson } from '../helpers/api.ts'
import { connectControl, sendCommand } from '../helpers/stageCommands.ts'
import { startTestServer } from '../helpers/testServer.ts'

describe('POST /api/boards/:id/commands', () => {
  it('applies a facilitator command to the control doc and answers with the new state', async () => {
    const server = await startTestServer()
    const board = await server.createBoard()
    const watcher = await connectControl(server, board, board.keys.participant)
    expect(watcher.snapshot().joining.open).toBe(true)
    const response = await sendCommand(server, board, board.keys.facilitator, { type: 'joining.close' })
    expect(response.status).toBe(200)
    expect((response.body as { state: { joining: { open: boolean } } }).state.joining.open).toBe(false)
    await watcher.waitUntil((s) => !s.joining.open, 'joining to close for everyone')
  })

  it('refuses facilitator-only commands from participants and viewers with 403, changing nothing', async () => {
    const server = await startTestServer()
    const board = await server.createBoard()
    for (const type of ['joining.open', 'joining.close', 'board.lock', 'board.unlock']) {
      for (const key of [board.keys.participant, board.keys.viewer]) {
        expectApiError(await sendCommand(server, board, key, { type }), 403, 'forbidden')
      }
    }
    const control = await connectControl(server, board, board.keys.viewer)
    expect(control.snapshot().lock.locked).toBe(false)
    expect(control.snapshot().joining.open).toBe(true)
  })

  it('refuses unknown, malformed and mistyped commands with 400', async () => {
    const server = await startTestServer()
    const board = await server.createBoard()
    for (const body of [{}, { type: 'board.explode' }, { type: 42 }, [], 'board.lock', null]) {
      const response = await requestJson(`${server.url}/api/boards/${board.id}/commands`, {
        body,
        key: board.keys.facilitator,
      })
      expectApiError(response, 400, 'bad_request')
    }
    const malformed = await requestJson(`${server.url}/api/boards/${board.id}/commands`, {
      rawBody: '{"type":',
      key: board.keys.facilitator,
    })
    expectApiError(malformed, 400, 'invalid_json')
    expectApiError(
      await requestJson(`${server.url}/api/boards/${board.id}/commands`, {
        body: { type: 'board.lock' },
        key: 'wrong',
      }),
      401,
      'unauthorized',
    )
    expectApiError(
      await requestJson(`${server.url}/api/boards/nope/commands`, {
        body: { type: 'board.lock' },
        key: 'wrong',
      }),
      404,
      'not_found',
    )
  })
})
