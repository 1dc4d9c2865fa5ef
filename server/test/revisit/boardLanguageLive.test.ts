import { controlStateMapName, formatDocName, readControlSnapshot, type CreatedBoard } from '@wesee/shared'
import { expect, test } from 'vitest'
import { expectApiError, requestJson } from '../helpers/api.ts'
import { connectBareClient } from '../helpers/bareClient.ts'
import { joinPerson } from '../helpers/privateWriting.ts'
import { connectClient } from '../helpers/syncClient.ts'
import { startTestServer, type TestServer } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

async function makeBoard(server: TestServer, language: string): Promise<CreatedBoard> {
  const made = await requestJson(`${server.url}/api/boards`, { body: { title: 'Iaith', language } })
  expect(made.status, JSON.stringify(made.body)).toBe(201)
  return made.body as CreatedBoard
}

const settingsUrl = (server: TestServer, board: CreatedBoard) =>
  `${server.url}/api/boards/${board.id}/settings`

async function putLanguages(
  server: TestServer,
  board: CreatedBoard,
  key: string,
  change: Record<string, unknown>,
) {
  const current = (await requestJson(settingsUrl(server, board), { key: board.keys.facilitator }))
    .body as object
  return requestJson(settingsUrl(server, board), { method: 'PUT', key, body: { ...current, ...change } })
}

test('the board’s languages reach every screen through the control doc, and change there live when the facilitator saves them', async () => {
  const server = await startTestServer()
  const board = await makeBoard(server, 'cy')
  const docName = formatDocName({ boardId: board.id, kind: 'control' })
  const projector = connectClient(server.syncUrl, board.id, board.keys.viewer, { docName })
  await projector.waitSynced()
  expect(readControlSnapshot(projector.doc).languages).toEqual({ language: 'cy', secondLanguage: null })

  const saved = await putLanguages(server, board, board.keys.facilitator, {
    language: 'ar',
    secondLanguage: 'en',
  })
  expect(saved.status).toBe(200)
  await waitFor(
    () => readControlSnapshot(projector.doc).languages.language === 'ar',
    'the projector to hear the new language',
  )
  expect(readControlSnapshot(projector.doc).languages).toEqual({ language: 'ar', secondLanguage: 'en' })

  // Taking the second language away reaches it too.
  expect((await putLanguages(server, board, board.keys.facilitator, { secondLanguage: null })).status).toBe(
    200,
  )
  await waitFor(
    () => readControlSnapshot(projector.doc).languages.secondLanguage === null,
    'no second language',
  )

  // After a restart the control doc is copied from the settings again, whatever it held.
  projector.destroy()
  const restarted = await server.restart()
  const again = connectClient(restarted.syncUrl, board.id, board.keys.viewer, { docName })
  await again.waitSynced()
  expect(readControlSnapshot(again.doc).languages).toEqual({ language: 'ar', secondLanguage: null })
  await restarted.close()
})

test('a participant cannot change the board’s languages: not over HTTP, not by writing the control doc with a stock Yjs client; an unknown code gets a plain 400', async () => {
  const server = await startTestServer()
  const board = await makeBoard(server, 'cy')
  const docName = formatDocName({ boardId: board.id, kind: 'control' })
  const { token } = await joinPerson(server.url, board, board.keys.participant, { name: 'Ben' })

  // Over HTTP, with the participant's and the viewer's keys, with a token or without.
  for (const key of [board.keys.participant, board.keys.viewer]) {
    expectApiError(
      await putLanguages(server, board, key, { language: 'en', secondLanguage: 'ar' }),
      403,
      'forbidden',
    )
  }
  const withToken = await requestJson(settingsUrl(server, board), {
    method: 'PUT',
    key: board.keys.participant,
    headers: { 'x-participant-token': token },
    body: { language: 'en' },
  })
  expect(withToken.status).toBe(403)

  // Straight into the control doc, as a stock y-websocket client would.
  const hostile = connectBareClient(server.syncUrl, board.id, board.keys.participant, { docName, token })
  const watcher = connectClient(server.syncUrl, board.id, board.keys.viewer, { docName })
  await Promise.all([hostile.waitSynced(), watcher.waitSynced()])
  hostile.doc.getMap(controlStateMapName).set('languages', { language: 'en', secondLanguage: 'ar' })
  await hostile.roundTrip()
  await watcher.roundTrip()
  expect(readControlSnapshot(watcher.doc).languages).toEqual({ language: 'cy', secondLanguage: null })
  const room = server.server.registry.get(docName)
  expect(room && readControlSnapshot(room.doc).languages).toEqual({ language: 'cy', secondLanguage: null })

  // A code WeSee does not have, from the facilitator: a plain 400, and nothing changes.
  for (const change of [{ language: 'xx' }, { secondLanguage: 'fr' }, { language: 'Cymraeg' }]) {
    const refused = expectApiError(
      await putLanguages(server, board, board.keys.facilitator, change),
      400,
      'bad_request',
    )
    expect(refused.error.message).toMatch(/^We do not have that language for boards\. Choose one of: /)
  }
  const stored = (await requestJson(`${server.url}/api/boards/${board.id}`, { key: board.keys.viewer })).body
  expect(stored).toMatchObject({ language: 'cy', secondLanguage: null })
  expect(readControlSnapshot(watcher.doc).languages).toEqual({ language: 'cy', secondLanguage: null })
  await server.close()
})
