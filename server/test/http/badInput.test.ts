import { defaultLimits } from '@wesee/shared'
import { expect, test } from 'vitest'
import { expectApiError, requestJson } from '../helpers/api.ts'
import { startTestServer } from '../helpers/testServer.ts'

test('malformed JSON is 400 invalid_json', async () => {
  const { url, server } = await startTestServer()
  for (const rawBody of ['{"title": ', '{title: "x"}', 'not json', '{"title": "x",}']) {
    const response = await requestJson(`${url}/api/boards`, { method: 'POST', rawBody })
    expectApiError(response, 400, 'invalid_json')
  }
  expect(await server.store.isHealthy()).toBe(true)
})

test.each([
  ['no title', {}],
  ['a number title', { title: 5 }],
  ['a null title', { title: null }],
  ['an empty title', { title: '' }],
  ['a blank title', { title: '   ' }],
  ['a title too long', { title: 'x'.repeat(defaultLimits.maxTitleLength + 1) }],
  ['an unknown template', { title: 'Board', template: 'nope' }],
  ['a template of the wrong type', { title: 'Board', template: 3 }],
  ['an array', [{ title: 'Board' }]],
  // Valid JSON of the wrong shape is bad input like any other, not unreadable JSON.
  ['a bare string', 'just a string'],
  ['null', null],
])('creating a board with %s is 400 bad_request', async (_name, body) => {
  const { url } = await startTestServer()
  const response = await requestJson(`${url}/api/boards`, { body })
  expectApiError(response, 400, 'bad_request')
})

test('a body over the JSON limit is 413, and the server still answers', async () => {
  const { url } = await startTestServer()
  const title = 'x'.repeat(defaultLimits.maxJsonBytes + 1)
  const response = await requestJson(`${url}/api/boards`, { body: { title } })
  expectApiError(response, 413, 'too_large')
  expect((await requestJson(`${url}/api/boards`, { body: { title: 'After' } })).status).toBe(201)
})

test('the JSON limit follows the configuration', async () => {
  const { url } = await startTestServer({ limits: { maxJsonBytes: 100 } })
  const response = await requestJson(`${url}/api/boards`, { body: { title: 'y'.repeat(101) } })
  expectApiError(response, 413, 'too_large')
})

test('an unknown /api route is 404 JSON', async () => {
  const { url } = await startTestServer()
  expectApiError(await requestJson(`${url}/api/nothing-here`), 404, 'not_found')
  expectApiError(await requestJson(`${url}/api/boards/x/y/z`), 404, 'not_found')
  expectApiError(await requestJson(`${url}/api/nothing-here`, { body: { title: 'x' } }), 404, 'not_found')
})
