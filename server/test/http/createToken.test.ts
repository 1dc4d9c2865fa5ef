import { expect, test } from 'vitest'
import { expectApiError, requestJson } from '../helpers/api.ts'
import { startTestServer } from '../helpers/testServer.ts'

const createToken = 'council-creation-code-123'

test('with a creation token set, creating a board without it is 401', async () => {
  const { url } = await startTestServer({ createToken })
  expectApiError(await requestJson(`${url}/api/boards`, { body: { title: 'Board' } }), 401, 'unauthorized')
  const wrong = await requestJson(`${url}/api/boards`, { body: { title: 'Board' }, key: `${createToken}x` })
  expectApiError(wrong, 401, 'unauthorized')
})

test('with a creation token set, creating a board with it is 201', async () => {
  const { url } = await startTestServer({ createToken })
  const response = await requestJson(`${url}/api/boards`, { body: { title: 'Board' }, key: createToken })
  expect(response.status).toBe(201)
  expect(response.body).toMatchObject({ title: 'Board' })
})

test('without a creation token anyone may create a board', async () => {
  const { url } = await startTestServer({ createToken: null })
  expect((await requestJson(`${url}/api/boards`, { body: { title: 'Board' } })).status).toBe(201)
})
