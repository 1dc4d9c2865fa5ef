import { describe, expect, it } from 'vitest'
import { expectApiError, requestJson } from '../helpers/api.ts'
import { sendCommand } from '../helpers/stageCommands.ts'
import { startTestServer } from '../helpers/testServer.ts'

describe('GET /api/join/:code', () => {
  it('finds the participant link while joining is open, however the code is typed', async () => {
    const server = await startTestServer()
    const board = await server.createBoard('Library')
    const typed = `${board.joinCode.slice(0, 3).toLowerCase()} - ${board.joinCode.slice(3)}`
    const response = await requestJson(`${server.url}/api/join/${encodeURIComponent(typed)}`)
    expect(response.status).toBe(200)
    expect(response.body).toEqual({ boardId: board.id, title: 'Library', link: board.links.participant })
  })

  it('kindly refuses while joining is closed, and works again once reopened', async () => {
    const server = await startTestServer()
    const board = await server.createBoard()
    expect((await sendCommand(server, board, board.keys.facilitator, { type: 'joining.close' })).status).toBe(
      200,
    )
    const closed = expectApiError(
      await requestJson(`${server.url}/api/join/${board.joinCode}`),
      409,
      'conflict',
    )
    expect(closed.error.message).toMatch(/not letting new people join/)
    expect((await sendCommand(server, board, board.keys.facilitator, { type: 'joining.open' })).status).toBe(
      200,
    )
    expect((await requestJson(`${server.url}/api/join/${board.joinCode}`)).status).toBe(200)
  })

  it('says plainly when a code is wrong or not a code at all', async () => {
    const server = await startTestServer()
    const board = await server.createBoard()
    // A well-formed code no board has (flip the first letter to another allowed one).
    const other = (board.joinCode[0] === 'A' ? 'B' : 'A') + board.joinCode.slice(1)
    const wrong = expectApiError(await requestJson(`${server.url}/api/join/${other}`), 404, 'not_found')
    expect(wrong.error.message).toMatch(/check the letters/)
    for (const malformed of [
      'ABC',
      'ABCDEFG',
      'ABCDE0',
      'ABCDEI',
      '%E2%9C%93%E2%9C%93%E2%9C%93%E2%9C%93%E2%9C%93%E2%9C%93',
    ]) {
      expectApiError(await requestJson(`${server.url}/api/join/${malformed}`), 400, 'bad_request')
    }
  })

  it('limits lookups per address', async () => {
    const server = await startTestServer({ maxJoinLookupsPerIpPerMinute: 3 })
    const board = await server.createBoard()
    for (let i = 0; i < 3; i++)
      expect((await requestJson(`${server.url}/api/join/${board.joinCode}`)).status).toBe(200)
    const limited = expectApiError(
      await requestJson(`${server.url}/api/join/${board.joinCode}`),
      429,
      'too_many',
    )
    expect(limited.error.message).toMatch(/wait a minute/)
  })
})
