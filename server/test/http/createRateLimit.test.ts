import { expect, test } from 'vitest'
import { expectApiError, requestJson } from '../helpers/api.ts'
import { startTestServer } from '../helpers/testServer.ts'

test('one IP making too many boards in a minute gets 429', async () => {
  const { url } = await startTestServer({ limits: { maxBoardsPerIpPerMinute: 3 } })
  const create = () => requestJson(`${url}/api/boards`, { body: { title: 'Board' } })
  for (let i = 0; i < 3; i++) expect((await create()).status).toBe(201)
  expectApiError(await create(), 429, 'too_many')
  expectApiError(await create(), 429, 'too_many')
})

test('refused requests count too, so bad bodies cannot probe past the limit', async () => {
  const { url } = await startTestServer({ limits: { maxBoardsPerIpPerMinute: 1 } })
  expectApiError(await requestJson(`${url}/api/boards`, { body: {} }), 400, 'bad_request')
  expectApiError(await requestJson(`${url}/api/boards`, { body: { title: 'Board' } }), 429, 'too_many')
})
