import { englishErrorMessage, errorReasonCode, errorStatus, type ApiErrorBody } from '@wesee/shared'
import { expect, test } from 'vitest'
import { expectApiError, requestJson, type JsonResponse } from '../helpers/api.ts'
import { startTestServer } from '../helpers/testServer.ts'

/**
 * Raw HTTP, as a client that never used WeSee's screens: every refusal the
 * join path can give names its exact reason beside its code, with the
 * English words of that reason (and the values they need), so a screen can
 * say it in the person's language.
 */
function expectReason(
  response: JsonResponse,
  reason: keyof typeof errorReasonCode,
  values?: object,
): ApiErrorBody {
  const code = errorReasonCode[reason]
  const body = expectApiError(response, errorStatus[code], code)
  expect(body.error.reason).toBe(reason)
  expect(body.error.message).toBe(englishErrorMessage(reason, { ...values }))
  if (values) expect(body.error.values).toEqual(values)
  else expect(body.error).not.toHaveProperty('values')
  return body
}

test('a join code no board has is wrong_join_code; what cannot be a code is join_code_looks_wrong', async () => {
  const { url } = await startTestServer()
  expectReason(await requestJson(`${url}/api/join/ZZZZZZ`), 'wrong_join_code')
  for (const typed of ['12', 'ABCDEFGHIJ', '%F0%9F%98%80', 'ab%20c']) {
    expectReason(await requestJson(`${url}/api/join/${typed}`), 'join_code_looks_wrong')
  }
})

test('a code tried too often from one address is too_many_tries', async () => {
  const { url } = await startTestServer({ maxJoinLookupsPerIpPerMinute: 2 })
  await requestJson(`${url}/api/join/ZZZZZZ`)
  await requestJson(`${url}/api/join/ZZZZZZ`)
  expectReason(await requestJson(`${url}/api/join/ZZZZZZ`), 'too_many_tries')
})

test('joining a closed board is joining_closed, by code and by link', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  await requestJson(`${server.url}/api/boards/${board.id}/commands`, {
    key: board.keys.facilitator,
    body: { type: 'joining.close' },
  })
  expectReason(await requestJson(`${server.url}/api/join/${board.joinCode}`), 'joining_closed')
  expectReason(
    await requestJson(`${server.url}/api/boards/${board.id}/participants`, {
      key: board.keys.participant,
      body: { name: 'Late' },
    }),
    'joining_closed',
  )
})

test('bad names, pictures, keys and bodies each get their own reason', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const join = (body: unknown, key: string | null = board.keys.participant) =>
    requestJson(`${server.url}/api/boards/${board.id}/participants`, { key: key ?? undefined, body })

  expectReason(await join({ name: 'x'.repeat(41) }), 'name_too_long', { max: 40 })
  expectReason(await join({ name: '   ' }), 'name_missing')
  expectReason(await join({}), 'name_missing')
  expectReason(await join({ name: 'Sam\u0007' }), 'name_unshowable')
  expectReason(await join({ name: 'Sam', avatar: 'dragon' }), 'unknown_avatar')
  expectReason(await join({ name: 'Sam' }, board.keys.viewer), 'viewer_cannot_join')
  expectReason(await join({ name: 'Sam' }, null), 'key_missing')
  expectReason(await join({ name: 'Sam' }, 'not-a-key'), 'wrong_key')
  expectReason(
    await requestJson(`${server.url}/api/boards/no-such-board/participants`, {
      key: board.keys.participant,
      body: { name: 'Sam' },
    }),
    'board_not_found',
  )
  expectReason(
    await requestJson(`${server.url}/api/boards/${board.id}/participants`, {
      key: board.keys.participant,
      rawBody: '{"name": ',
    }),
    'invalid_json',
  )
  expectReason(await requestJson(`${server.url}/api/no/such/route`), 'nothing_here')
})

test('a refusal the server has no exact reason for still has its code and words, and no reason', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  // A name that is not words at all: only a hand-made request sends it.
  const body = expectApiError(
    await requestJson(`${server.url}/api/boards/${board.id}/participants`, {
      key: board.keys.participant,
      body: { name: 42 },
    }),
    400,
    'bad_request',
  )
  expect(body.error).not.toHaveProperty('reason')
})
