import { joinCodeAlphabet, type CreatedBoard } from '@wesee/shared'
import { expect, test } from 'vitest'
import { requestJson } from '../helpers/api.ts'
import { startTestServer } from '../helpers/testServer.ts'

test('POST /api/boards creates a board with three distinct keys, a join code and links', async () => {
  const { url } = await startTestServer()
  const response = await requestJson(`${url}/api/boards`, { body: { title: '  Our hopes  ' } })
  expect(response.status).toBe(201)
  const board = response.body as CreatedBoard

  expect(board.id).toMatch(/^[A-Za-z0-9_-]{21,}$/)
  expect(board.title).toBe('Our hopes')
  const keys = [board.keys.facilitator, board.keys.participant, board.keys.viewer]
  for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_-]{21,}$/)
  expect(new Set(keys).size).toBe(3)
  expect(keys).not.toContain(board.id)

  expect(board.joinCode).toMatch(/^[A-Z]{6}$/)
  expect(board.joinCode).not.toMatch(/[0O1IL]/)
  for (const letter of board.joinCode) expect(joinCodeAlphabet).toContain(letter)

  expect(board.links).toEqual({
    facilitator: `${url}/b/${board.id}#key=${board.keys.facilitator}`,
    participant: `${url}/b/${board.id}#key=${board.keys.participant}`,
    viewer: `${url}/b/${board.id}#key=${board.keys.viewer}`,
  })
})

test('every board gets its own id, keys and join code', async () => {
  const server = await startTestServer()
  const boards = await Promise.all([1, 2, 3, 4, 5].map((n) => server.createBoard(`Board ${n}`)))
  const secrets = boards.flatMap((b) => [
    b.id,
    b.joinCode,
    b.keys.facilitator,
    b.keys.participant,
    b.keys.viewer,
  ])
  expect(new Set(secrets).size).toBe(secrets.length)
})

test('a template id is accepted and kept', async () => {
  const { url } = await startTestServer()
  const created = await requestJson(`${url}/api/boards`, {
    body: { title: 'Explore', template: 'exploration' },
  })
  expect(created.status).toBe(201)
  const board = created.body as CreatedBoard
  const summary = await requestJson(`${url}/api/boards/${board.id}`, { key: board.keys.viewer })
  expect(summary.body).toMatchObject({ template: 'exploration' })
})
