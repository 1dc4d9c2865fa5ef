import { defaultBoardSettings } from '@wesee/shared'
import { expect, test } from 'vitest'
import { expectApiError, requestJson } from '../helpers/api.ts'
import { startTestServer } from '../helpers/testServer.ts'

const good = {
  organisation: '  Bridge Poverty Truth Commission  ',
  timeZone: 'Europe/London',
  currency: 'GBP',
  payPerHour: 2500,
  minimumPerSession: 5000,
}

test('the facilitator sets the organisation, time zone and pay; nobody else sees or changes them; they survive a restart', async () => {
  const server = await startTestServer()
  const made = await requestJson(`${server.url}/api/boards`, {
    body: { title: 'Settings', template: 'exploration', timeZone: 'America/New_York' },
  })
  expect(made.status).toBe(201)
  const board = made.body as {
    id: string
    keys: { facilitator: string; participant: string; viewer: string }
  }
  const url = `${server.url}/api/boards/${board.id}/settings`

  // The board starts in the time zone of whoever made it.
  const first = await requestJson(url, { key: board.keys.facilitator })
  expect(first.body).toEqual({ ...defaultBoardSettings, timeZone: 'America/New_York' })

  for (const key of [board.keys.participant, board.keys.viewer]) {
    expectApiError(await requestJson(url, { key }), 403, 'forbidden')
    expectApiError(await requestJson(url, { method: 'PUT', key, body: good }), 403, 'forbidden')
  }
  expectApiError(await requestJson(url, { key: 'not-a-key' }), 401, 'unauthorized')

  const saved = await requestJson(url, { method: 'PUT', key: board.keys.facilitator, body: good })
  expect(saved.status).toBe(200)
  expect(saved.body).toMatchObject({ organisation: 'Bridge Poverty Truth Commission', payPerHour: 2500 })

  const restarted = await server.restart()
  const again = await requestJson(`${restarted.url}/api/boards/${board.id}/settings`, {
    key: board.keys.facilitator,
  })
  expect(again.body).toEqual({
    ...defaultBoardSettings,
    ...good,
    organisation: 'Bridge Poverty Truth Commission',
  })
  await restarted.close()
})

test('bad settings get a plain-words 400 and change nothing', async () => {
  const server = await startTestServer()
  const made = await requestJson(`${server.url}/api/boards`, { body: { title: 'Bad settings' } })
  const board = made.body as { id: string; keys: { facilitator: string } }
  const url = `${server.url}/api/boards/${board.id}/settings`
  const put = (body: unknown) => requestJson(url, { method: 'PUT', key: board.keys.facilitator, body })
  const bad: Array<[Record<string, unknown>, RegExp, string]> = [
    [{ ...good, timeZone: 'Mars/Olympus' }, /time zone/, 'unknown_time_zone'],
    [{ ...good, timeZone: 42 }, /time zone/, 'unknown_time_zone'],
    [{ ...good, currency: 'BTC' }, /pounds, euros or dollars/, 'request_not_right'],
    [{ ...good, payPerHour: -1 }, /pay is not right/, 'pay_not_right'],
    [{ ...good, payPerHour: 12.5 }, /pay is not right/, 'pay_not_right'],
    [{ ...good, payPerHour: 1e9 }, /10,000/, 'pay_not_right'],
    [{ ...good, organisation: 'x'.repeat(121) }, /120 letters/, 'organisation_too_long'],
    [{ ...good, minimumPerSession: '50' }, /pay is not right/, 'pay_not_right'],
  ]
  for (const [body, message, reason] of bad) {
    const answer = expectApiError(await put(body), 400, 'bad_request')
    expect(answer.error.message).toMatch(message)
    expect(answer.error.reason).toBe(reason)
  }
  expectApiError(
    await requestJson(url, { method: 'PUT', key: board.keys.facilitator, rawBody: '{"timeZone":' }),
    400,
    'invalid_json',
  )
  expectApiError(
    await requestJson(`${server.url}/api/boards`, { body: { title: 'Where', timeZone: 'Nowhere/Here' } }),
    400,
    'bad_request',
  )
  expect((await requestJson(url, { key: board.keys.facilitator })).body).toEqual(defaultBoardSettings)
  await server.close()
})
