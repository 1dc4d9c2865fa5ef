import { expect, test } from 'vitest'
import { requestJson } from '../helpers/api.ts'
import { startTestServer } from '../helpers/testServer.ts'

test('GET /healthz answers {ok: true} while the store works', async () => {
  const { url } = await startTestServer()
  const response = await requestJson(`${url}/healthz`)
  expect(response.status).toBe(200)
  expect(response.body).toEqual({ ok: true })
})

test('GET /healthz answers 503 once the store is closed', async () => {
  const { url, server } = await startTestServer()
  await server.store.close()
  const response = await requestJson(`${url}/healthz`)
  expect(response.status).toBe(503)
  expect(response.body).toEqual({ ok: false })
})
