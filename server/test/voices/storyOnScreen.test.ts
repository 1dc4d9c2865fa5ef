import { expect, test } from 'vitest'
import { expectApiError } from '../helpers/api.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { roomOf } from './voicesHelpers.ts'

test('only the facilitator puts "Last time we…" on the projector, and every key sees it', async () => {
  const server = await startTestServer()
  const room = await roomOf(server)
  const ada = await room.arrive('Ada')
  expectApiError(await room.as(ada, { type: 'story.show', shown: true }), 403, 'forbidden')
  expectApiError(await room.viewer({ type: 'story.show', shown: true }), 403, 'forbidden')
  expectApiError(await room.facilitator({ type: 'story.show', shown: 'yes' }), 400, 'bad_request')
  expect((await room.facilitator({ type: 'story.show', shown: true })).status).toBe(200)
  await room.control.waitUntil((s) => s.storyOnScreen !== null, 'shown to the viewer key')
  expect((await room.facilitator({ type: 'story.show', shown: false })).status).toBe(200)
  await room.control.waitUntil((s) => s.storyOnScreen === null, 'taken away')
  await server.close()
})
