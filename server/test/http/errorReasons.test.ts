import { englishErrorMessage, errorReasonCode, errorStatus, type ApiErrorBody } from '@wesee/shared'
import { createHash } from 'node:crypto'
import { expect, test } from 'vitest'
import { expectApiError, requestJson, type JsonResponse } from '../helpers/api.ts'
import { pngImage } from '../helpers/testImages.ts'
import { startTestServer } from '../helpers/testServer.ts'

/**
 * Raw HTTP, as a client that never used WeSee's screens (or a hostile or
 * broken one) sends it: every refusal names its exact reason beside its code, with the
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

test('a refusal no schema rule names a reason for is request_not_right, with the schema’s own words', async () => {
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
  expect(body.error).toEqual({
    code: 'bad_request',
    reason: 'request_not_right',
    message: 'The name must be words.',
  })
})

test('every page only the facilitator may use says only_facilitator to other keys', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const at = (path: string) => `${server.url}/api/boards/${board.id}${path}`
  for (const key of [board.keys.participant, board.keys.viewer]) {
    expectReason(await requestJson(at('/export'), { key }), 'only_facilitator')
    expectReason(await requestJson(at('/keys/participant'), { key, body: {} }), 'only_facilitator')
    expectReason(await requestJson(at('/versions'), { key }), 'only_facilitator')
    expectReason(await requestJson(at('/settings'), { key }), 'only_facilitator')
    expectReason(await requestJson(at('/participation'), { key }), 'only_facilitator')
    expectReason(await requestJson(at('/payments'), { key }), 'only_facilitator')
    expectReason(await requestJson(at('/private/status'), { key }), 'only_facilitator')
    expectReason(
      await requestJson(at(''), { key, method: 'PATCH', body: { archived: true } }),
      'only_facilitator',
    )
  }
})

test('links, downloads and the story refuse what they cannot make by reason', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const at = (path: string, key = board.keys.facilitator) =>
    requestJson(`${server.url}/api/boards/${board.id}${path}`, { key })
  expectReason(
    await requestJson(`${server.url}/api/boards/${board.id}/keys/owner`, {
      key: board.keys.facilitator,
      body: {},
    }),
    'unknown_link_kind',
  )
  expectReason(await at('/story?format=pdf', board.keys.viewer), 'unknown_format', { formats: 'json, html' })
  expectReason(await at('/summary?format=pdf', board.keys.viewer), 'unknown_format', {
    formats: 'html, easyread, md, csv',
  })
  expectReason(await at('/payments?format=pdf'), 'unknown_format', { formats: 'json, csv, html' })
  expectReason(await at('/participation?format=html'), 'unknown_format', { formats: 'json, csv' })
  for (const since of ['yesterday', '-1', '1.5', '8640000000000001']) {
    expectReason(await at(`/story?since=${since}`, board.keys.viewer), 'since_not_a_time')
  }
  expectReason(await requestJson(`${server.url}/pictures/not-a-picture.svg`), 'picture_not_found')
})

test('metrics are nothing_here when off, and metrics_token_needed without their token', async () => {
  const off = await startTestServer()
  expectReason(await requestJson(`${off.url}/metrics`), 'nothing_here')
  const on = await startTestServer({ metricsToken: 'metrics-token-for-the-test-0123456789' })
  expectReason(await requestJson(`${on.url}/metrics`), 'metrics_token_needed')
  expectReason(await requestJson(`${on.url}/metrics`, { key: 'guess' }), 'metrics_token_needed')
})

test('boards, versions, settings and commands name the rule a body broke', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const create = (body: unknown) => requestJson(`${server.url}/api/boards`, { body })
  expectReason(await create({ title: '   ' }), 'board_name_missing')
  expectReason(await create({ title: 'x'.repeat(121) }), 'name_too_long', { max: 120 })
  expectReason(await create({ title: 'Ours', template: 'evil' }), 'unknown_template')
  const at = (path: string, method: string, body: unknown) =>
    requestJson(`${server.url}/api/boards/${board.id}${path}`, { key: board.keys.facilitator, method, body })
  expectReason(await at('', 'PATCH', { title: '' }), 'board_name_missing')
  expectReason(await at('/duplicate', 'POST', { title: 'x'.repeat(121) }), 'name_too_long', { max: 120 })
  expectReason(await at('/versions', 'POST', { name: ' ' }), 'version_name_missing')
  expectReason(await at('/versions', 'POST', { name: 'Before\u0007' }), 'name_unshowable')
  const settings = (
    await requestJson(`${server.url}/api/boards/${board.id}/settings`, { key: board.keys.facilitator })
  ).body as Record<string, unknown>
  expectReason(
    await at('/settings', 'PUT', { ...settings, organisation: 'x'.repeat(121) }),
    'organisation_too_long',
    {
      max: 120,
    },
  )
  expectReason(
    await at('/settings', 'PUT', { ...settings, language: 'cy', secondLanguage: 'cy' }),
    'second_language_same',
  )
  expectReason(await at('/commands', 'POST', { type: 'board.explode' }), 'unknown_command')
  const command = (body: object) => at('/commands', 'POST', body)
  expectReason(await command({ type: 'timer.start', seconds: 0 }), 'timer_needs_length')
  expectReason(await command({ type: 'timer.start', seconds: 'soon' }), 'timer_needs_length')
  expectReason(await command({ type: 'timer.start', seconds: 99_999 }), 'timer_too_long', { minutes: 90 })
  expectReason(await command({ type: 'vote.start', votesPerPerson: 0 }), 'votes_per_person_out_of_range', {
    max: 10,
  })
  expectReason(await command({ type: 'vote.start', votesPerPerson: 2.5 }), 'votes_per_person_out_of_range', {
    max: 10,
  })
  expectReason(await command({ type: 'round.start', prompt: 'x'.repeat(201) }), 'round_question_too_long', {
    max: 200,
  })
  const notes = Array.from({ length: 501 }, (_, i) => `shape:n${i}`)
  expectReason(await command({ type: 'vote.start', shapeIds: notes }), 'vote_has_too_many_notes', {
    max: 500,
  })
  const update = { type: 'yousaid.update', shapeId: 'shape:n1', status: 'we-did', words: 'We did it.' }
  expectReason(await command({ ...update, words: '  ' }), 'you_said_words_missing')
  expectReason(await command({ ...update, words: 'x'.repeat(501) }), 'you_said_words_too_long', { max: 500 })
  expectReason(await command({ ...update, date: 'next Tuesday' }), 'date_not_a_day')
  expectReason(await command({ ...update, date: '2026-13-01' }), 'date_does_not_exist')
  expectReason(await at('/settings', 'PUT', { ...settings, timeZone: 'Mars/Olympus' }), 'unknown_time_zone')
  expectReason(await at('/settings', 'PUT', { ...settings, payPerHour: -1 }), 'pay_not_right')
})

test('a backup that cannot come in says which of its problems it has', async () => {
  const server = await startTestServer({ limits: { maxImportBytes: 1024 * 1024 } })
  const board = await server.createBoard()
  await requestJson(`${server.url}/api/boards/${board.id}/versions`, {
    key: board.keys.facilitator,
    body: { name: 'Before' },
  })
  const good = (
    await requestJson(`${server.url}/api/boards/${board.id}/export`, { key: board.keys.facilitator })
  ).body as { records: unknown[]; versions?: Array<{ records: unknown[] }>; images: unknown[] }
  const bring = (rawBody: string, target = server, headers?: Record<string, string>) =>
    requestJson(`${target.url}/api/boards/import`, { rawBody, headers })
  const bringJson = (body: unknown, target = server) => bring(JSON.stringify(body), target)

  expectReason(await bring('x'.repeat(1024 * 1024 + 1)), 'backup_too_big', { max: 1 })
  expectReason(await bring('{"format": '), 'backup_unreadable')
  expectReason(await bring('['.repeat(200) + ']'.repeat(200)), 'backup_too_deep')
  expectReason(
    await bringJson({ ...good, records: Array.from({ length: 50_001 }, () => 0) }),
    'backup_too_many_things',
    { max: '50,000' },
  )
  // The outline is not a backup's: the schema's own words say what, the reason says it is not a backup.
  const notABackup = expectApiError(await bringJson({ ...good, format: 'excalidraw' }), 400, 'bad_request')
  expect(notABackup.error.reason).toBe('backup_not_a_board')

  const virus = { id: 'virus:1', typeName: 'virus' }
  const broken = expectApiError(
    await bringJson({ ...good, records: [...good.records, virus] }),
    400,
    'bad_request',
  )
  expect(broken.error.reason).toBe('backup_board_broken')
  expect(broken.error.message).toMatch(/^Something on the board in the file is not right\..*virus/)
  const versions = [{ ...good.versions![0]!, records: [virus] }]
  const version = expectApiError(await bringJson({ ...good, versions }), 400, 'bad_request')
  expect(version.error).toMatchObject({ reason: 'backup_version_broken', values: { number: 1 } })

  const png = pngImage()
  const picture = {
    hash: createHash('sha256').update(png).digest('hex'),
    mimeType: 'image/png',
    data: png.toString('base64'),
  }
  expectReason(
    await bringJson({ ...good, images: [{ ...picture, hash: 'a'.repeat(64) }] }),
    'backup_picture_broken',
  )
  expectReason(
    await bringJson({ ...good, images: [{ ...picture, mimeType: 'image/gif' }] }),
    'backup_picture_broken',
  )
  const small = await startTestServer({ limits: { maxUploadBytes: 10 } })
  expectReason(await bringJson({ ...good, images: [picture] }, small), 'backup_picture_too_big')
})
