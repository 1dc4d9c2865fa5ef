import type { YouSaidPage } from '@wesee/shared'
import { expect, test } from 'vitest'
import { expectApiError, requestJson } from '../helpers/api.ts'
import { createBoardFrom, joinAs, sendCommand } from '../helpers/stageCommands.ts'
import { connectClient } from '../helpers/syncClient.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { authoredNote } from './revisitHelpers.ts'

const youSaid = 'shape:frame-embedding-you-said-we-did'

test('after the session the facilitator writes what happened; the update page, summary and Easy Read show the latest; nobody else can change it', async () => {
  const server = await startTestServer()
  const board = await createBoardFrom(server, 'embedding')
  const ann = await joinAs(server, board, board.keys.participant, 'Annabel')
  const client = connectClient(server.syncUrl, board.id, board.keys.facilitator)
  await client.waitSynced()
  client.kv.set('shape:s1', authoredNote('s1', 'The buses are late <b>again</b>', ann.participantId, youSaid))
  await client.roundTrip()
  const facilitator = (command: Record<string, unknown>) =>
    sendCommand(server, board, board.keys.facilitator, command)
  const update = { type: 'yousaid.update', shapeId: 'shape:s1' }

  // Nobody but the facilitator; bad input gets plain words.
  expectApiError(
    await sendCommand(
      server,
      board,
      board.keys.participant,
      { ...update, status: 'we-did', words: 'x' },
      ann.token,
    ),
    403,
    'forbidden',
  )
  expectApiError(
    await sendCommand(server, board, board.keys.viewer, { ...update, status: 'we-did', words: 'x' }),
    403,
    'forbidden',
  )
  expectApiError(await facilitator({ ...update, status: 'maybe', words: 'x' }), 400, 'bad_request')
  expectApiError(await facilitator({ ...update, status: 'we-did', words: '   ' }), 400, 'bad_request')
  expectApiError(
    await facilitator({ ...update, status: 'we-did', words: 'x', date: '2026-02-30x' }),
    400,
    'bad_request',
  )
  expectApiError(
    await facilitator({ ...update, status: 'we-did', words: 'x'.repeat(501) }),
    400,
    'bad_request',
  )
  expectApiError(
    await facilitator({ ...update, shapeId: 'shape:nothing', status: 'we-did', words: 'x' }),
    404,
    'not_found',
  )

  expect(
    (
      await facilitator({
        ...update,
        status: 'not-yet',
        words: 'the council meets in April',
        date: '2026-04-02',
      })
    ).status,
  ).toBe(200)
  expect(
    (
      await facilitator({
        ...update,
        status: 'we-did',
        words: 'a new timetable <script>',
        date: '2026-05-01',
      })
    ).status,
  ).toBe(200)

  // The update page, for the view-only link.
  const page = (await requestJson(`${server.url}/api/boards/${board.id}/updates`, { key: board.keys.viewer }))
    .body as YouSaidPage
  expect(page.entries).toEqual([
    {
      shapeId: 'shape:s1',
      said: 'The buses are late <b>again</b>',
      author: null,
      update: expect.objectContaining({
        status: 'we-did',
        words: 'a new timetable <script>',
        date: '2026-05-01',
      }),
    },
  ])
  expectApiError(await requestJson(`${server.url}/api/boards/${board.id}/updates`), 401, 'unauthorized')

  const summary = await (
    await fetch(`${server.url}/api/boards/${board.id}/summary?format=html`, {
      headers: { authorization: `Bearer ${board.keys.viewer}` },
    })
  ).text()
  expect(summary).toContain('We did: a new timetable &lt;script&gt;')
  expect(summary).not.toContain('the council meets in April')
  const easy = await (
    await fetch(`${server.url}/api/boards/${board.id}/summary?format=easyread`, {
      headers: { authorization: `Bearer ${board.keys.viewer}` },
    })
  ).text()
  expect(easy).toContain('We did: a new timetable &lt;script&gt;')
  expect(easy).toContain('The buses are late &lt;b&gt;again&lt;/b&gt;')

  expect((await facilitator({ type: 'yousaid.remove', shapeId: 'shape:s1' })).status).toBe(200)
  const after = (
    await requestJson(`${server.url}/api/boards/${board.id}/updates`, { key: board.keys.viewer })
  ).body as YouSaidPage
  expect(after.entries[0]!.update).toBeNull()
  await server.close()
})
