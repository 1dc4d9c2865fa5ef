import { defaultBoardSettings, type BoardSummary } from '@wesee/shared'
import { expect, test } from 'vitest'
import { expectApiError, requestJson } from '../helpers/api.ts'
import { startTestServer } from '../helpers/testServer.ts'

interface Made {
  id: string
  keys: { facilitator: string; participant: string; viewer: string }
}

async function make(url: string, body: Record<string, unknown>, headers?: Record<string, string>) {
  const made = await requestJson(`${url}/api/boards`, { body: { title: 'Iaith', ...body }, headers })
  expect(made.status, JSON.stringify(made.body)).toBe(201)
  return made.body as Made
}

test('a board is made in the language its maker chose, or their browser’s, else English; every key can read it', async () => {
  const server = await startTestServer()
  const welsh = await make(server.url, { language: 'cy' })
  const fromBrowser = await make(server.url, {}, { 'accept-language': 'fr-FR, ar;q=0.9, en;q=0.5' })
  const unknownBrowser = await make(server.url, {}, { 'accept-language': 'pl, de;q=0.5' })
  // What the maker chose wins over what their browser says.
  const chosen = await make(server.url, { language: 'en' }, { 'accept-language': 'cy' })

  const languageOf = async (board: Made, key: string) => {
    const answer = await requestJson(`${server.url}/api/boards/${board.id}`, { key })
    expect(answer.status).toBe(200)
    const summary = answer.body as BoardSummary
    return [summary.language, summary.secondLanguage]
  }
  for (const key of Object.values(welsh.keys)) expect(await languageOf(welsh, key)).toEqual(['cy', null])
  expect(await languageOf(fromBrowser, fromBrowser.keys.viewer)).toEqual(['ar', null])
  expect(await languageOf(unknownBrowser, unknownBrowser.keys.viewer)).toEqual(['en', null])
  expect(await languageOf(chosen, chosen.keys.viewer)).toEqual(['en', null])

  const settings = await requestJson(`${server.url}/api/boards/${welsh.id}/settings`, {
    key: welsh.keys.facilitator,
  })
  expect(settings.body).toEqual({ ...defaultBoardSettings, language: 'cy' })
  await server.close()
})

test('the facilitator changes the languages; a participant or viewer cannot; the change survives a restart', async () => {
  const server = await startTestServer()
  const board = await make(server.url, { language: 'en', timeZone: 'Europe/London' })
  const url = `${server.url}/api/boards/${board.id}/settings`
  const current = (await requestJson(url, { key: board.keys.facilitator })).body as Record<string, unknown>
  const bilingual = { ...current, language: 'cy', secondLanguage: 'en' }

  for (const key of [board.keys.participant, board.keys.viewer]) {
    expectApiError(await requestJson(url, { method: 'PUT', key, body: bilingual }), 403, 'forbidden')
  }
  expectApiError(await requestJson(url, { method: 'PUT', key: 'nope', body: bilingual }), 401, 'unauthorized')
  expect((await requestJson(url, { key: board.keys.facilitator })).body).toMatchObject({ language: 'en' })

  const saved = await requestJson(url, { method: 'PUT', key: board.keys.facilitator, body: bilingual })
  expect(saved.status).toBe(200)
  expect(saved.body).toMatchObject({ language: 'cy', secondLanguage: 'en', timeZone: 'Europe/London' })

  // A form that does not send the languages keeps the board's own.
  const { language: _l, secondLanguage: _s, ...withoutLanguages } = bilingual
  const kept = await requestJson(url, { method: 'PUT', key: board.keys.facilitator, body: withoutLanguages })
  expect(kept.body).toMatchObject({ language: 'cy', secondLanguage: 'en' })

  const restarted = await server.restart()
  const again = await requestJson(`${restarted.url}/api/boards/${board.id}`, { key: board.keys.viewer })
  expect(again.body).toMatchObject({ language: 'cy', secondLanguage: 'en' })
  await restarted.close()
})

test('a language WeSee has no words for, or not a language at all, gets a plain-words 400 and changes nothing', async () => {
  const server = await startTestServer()
  const board = await make(server.url, { language: 'cy' })
  const url = `${server.url}/api/boards/${board.id}/settings`
  const before = (await requestJson(url, { key: board.keys.facilitator })).body as Record<string, unknown>
  const bad: Array<[Record<string, unknown>, RegExp]> = [
    [{ language: 'fr' }, /do not have that language.*Cymraeg/],
    [{ language: 'CY' }, /do not have that language/],
    [{ language: 'cy-GB' }, /do not have that language/],
    [{ language: '' }, /do not have that language/],
    [{ language: null }, /do not have that language/],
    [{ language: ['cy'] }, /do not have that language/],
    [{ language: { toString: 'cy' } }, /do not have that language/],
    [{ language: '__proto__' }, /do not have that language/],
    [{ language: 'x'.repeat(100_000) }, /do not have that language/],
    [{ secondLanguage: 'klingon' }, /do not have that language/],
    [{ secondLanguage: 7 }, /do not have that language/],
    [{ secondLanguage: 'cy' }, /second language must be different/],
  ]
  for (const [change, message] of bad) {
    const answer = expectApiError(
      await requestJson(url, { method: 'PUT', key: board.keys.facilitator, body: { ...before, ...change } }),
      400,
      'bad_request',
    )
    expect(answer.error.message).toMatch(message)
  }
  expect((await requestJson(url, { key: board.keys.facilitator })).body).toEqual(before)

  for (const language of ['fr', 42, null, 'en-GB']) {
    const refused = await requestJson(`${server.url}/api/boards`, { body: { title: 'Bad', language } })
    expect(expectApiError(refused, 400, 'bad_request').error.message).toMatch(/do not have that language/)
  }
  // A hostile Accept-Language header is only ever a hint: the board is made, in English.
  const odd = await make(server.url, {}, { 'accept-language': `${'q=;,'.repeat(2000)}zz;q=abc` })
  expect(
    (await requestJson(`${server.url}/api/boards/${odd.id}`, { key: odd.keys.viewer })).body,
  ).toMatchObject({
    language: 'en',
  })
  await server.close()
})
