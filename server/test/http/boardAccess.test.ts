import { Role, type BoardSummary } from '@wesee/shared'
import { expect, test } from 'vitest'
import { expectApiError, requestJson } from '../helpers/api.ts'
import { startTestServer } from '../helpers/testServer.ts'

test('GET /api/boards/:id tells each key its role', async () => {
  const server = await startTestServer()
  const board = await server.createBoard('Roles')
  const roleOf = async (key: string) => {
    const response = await requestJson(`${server.url}/api/boards/${board.id}`, { key })
    expect(response.status).toBe(200)
    return response.body as BoardSummary
  }

  const facilitator = await roleOf(board.keys.facilitator)
  expect(facilitator).toMatchObject({ id: board.id, title: 'Roles', role: Role.Facilitator, archived: false })
  // The facilitator key is only a hash on the server: it is never shown again.
  expect(facilitator.keys).toEqual({ participant: board.keys.participant, viewer: board.keys.viewer })
  expect(facilitator.joinCode).toBe(board.joinCode)

  const participant = await roleOf(board.keys.participant)
  expect(participant.role).toBe(Role.Participant)
  // Only the facilitator may see the other keys.
  expect(participant.keys).toBeUndefined()
  expect(participant.joinCode).toBeUndefined()

  const viewer = await roleOf(board.keys.viewer)
  expect(viewer.role).toBe(Role.Viewer)
  expect(viewer.keys).toBeUndefined()
})

test('a wrong key is 401', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const other = await server.createBoard()
  const response = await requestJson(`${server.url}/api/boards/${board.id}`, {
    key: 'not-the-key-of-this-board-xx',
  })
  expectApiError(response, 401, 'unauthorized')
  // Another board's facilitator key opens nothing here.
  const crossed = await requestJson(`${server.url}/api/boards/${board.id}`, { key: other.keys.facilitator })
  expectApiError(crossed, 401, 'unauthorized')
})

test('no key is 401', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  expectApiError(await requestJson(`${server.url}/api/boards/${board.id}`), 401, 'unauthorized')
  const notBearer = await requestJson(`${server.url}/api/boards/${board.id}`, {
    headers: { authorization: `Basic ${board.keys.facilitator}` },
  })
  expectApiError(notBearer, 401, 'unauthorized')
})

test('an unknown board is 404, whatever the key', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const response = await requestJson(`${server.url}/api/boards/AAAAAAAAAAAAAAAAAAAAA`, {
    key: board.keys.facilitator,
  })
  expectApiError(response, 404, 'not_found')
})
