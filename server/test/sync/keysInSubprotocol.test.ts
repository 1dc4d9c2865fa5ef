import { WebsocketProvider } from 'y-websocket'
import { WebSocket } from 'ws'
import * as Y from 'yjs'
import { CloseCode, formatDocName } from '@wesee/shared'
import { expect, onTestFinished, test } from 'vitest'
import { docUrl, rawSocket } from '../helpers/rawSocket.ts'
import { joinAs } from '../helpers/stageCommands.ts'
import { connectClient, noteRecord, waitForRecord } from '../helpers/syncClient.ts'
import { startTestServer } from '../helpers/testServer.ts'

test('the key and token in the Sec-WebSocket-Protocol header open a doc; the server picks "wesee"', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const person = await joinAs(server, board, board.keys.participant, 'Pat')
  const privateDoc = formatDocName({
    boardId: board.id,
    kind: 'private',
    participantId: person.participantId,
  })

  // A URL with no secrets in it: nothing for a proxy's access log.
  const socket = rawSocket(`${server.syncUrl}/${privateDoc}`, {
    protocols: ['wesee', `key.${board.keys.participant}`, `token.${person.token}`],
  })
  expect(await socket.outcome).toBe('accepted')
  expect(socket.socket.protocol).toBe('wesee')
})

test('a stock y-websocket client with the protocols option syncs; a wrong key there is refused with 4401', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const writer = connectClient(server.syncUrl, board.id, board.keys.facilitator)
  await writer.waitSynced()
  writer.kv.set('shape:hello', noteRecord('hello'))

  const doc = new Y.Doc()
  const provider = new WebsocketProvider(
    server.syncUrl,
    formatDocName({ boardId: board.id, kind: 'content' }),
    doc,
    {
      protocols: ['wesee', `key.${board.keys.viewer}`],
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    },
  )
  onTestFinished(() => provider.destroy())
  await new Promise<void>((resolve) => provider.once('sync', () => resolve()))
  expect(doc.getArray('records').length).toBeGreaterThan(0)

  const wrong = rawSocket(`${server.syncUrl}/${board.id}/content`, { protocols: ['wesee', 'key.not-a-key'] })
  expect(await wrong.outcome).toBe(CloseCode.Unauthorized)
  // The refusal still completes the handshake with "wesee", so a browser sees the code, not a failed connection.
  expect(wrong.socket.protocol).toBe('wesee')
})

test('the query string still works for stock clients, and the header wins when both are sent', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const content = formatDocName({ boardId: board.id, kind: 'content' })
  const reader = connectClient(server.syncUrl, board.id, board.keys.participant)
  await reader.waitSynced()
  const both = rawSocket(docUrl(server.syncUrl, content, 'not-a-key'), {
    protocols: ['wesee', `key.${board.keys.participant}`],
  })
  expect(await both.outcome).toBe('accepted')
  const writer = connectClient(server.syncUrl, board.id, board.keys.facilitator)
  writer.kv.set('shape:q', noteRecord('q'))
  await waitForRecord(reader, 'shape:q')
})
