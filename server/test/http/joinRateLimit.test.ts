import { expect, test } from 'vitest'
import { expectApiError, requestJson } from '../helpers/api.ts'
import { startTestServer } from '../helpers/testServer.ts'

test('one address joining a board too many times in a minute gets 429 with plain words', async () => {
  const server = await startTestServer({ limits: { maxJoinsPerIpPerMinute: 3 } })
  const board = await server.createBoard()
  const join = (name: string) =>
    requestJson(`${server.url}/api/boards/${board.id}/participants`, {
      body: { name },
      key: board.keys.participant,
    })
  for (let i = 0; i < 3; i++) expect((await join(`Person ${i}`)).status).toBe(201)
  const refused = expectApiError(await join('One more'), 429, 'too_many')
  expect(refused.error.message).toBe(
    'Many people joined from here just now. Please wait a minute, then try again.',
  )
  // The people who joined are unaffected: their board still answers.
  expect(
    (await requestJson(`${server.url}/api/boards/${board.id}/control`, { key: board.keys.participant }))
      .status,
  ).toBe(200)
})
