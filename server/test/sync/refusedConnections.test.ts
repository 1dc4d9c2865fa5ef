import { CloseCode, formatDocName } from '@wesee/shared'
import { expect, test } from 'vitest'
import { docUrl, rawSocket } from '../helpers/rawSocket.ts'
import { connectClient } from '../helpers/syncClient.ts'
import { startTestServer } from '../helpers/testServer.ts'

test('a wrong key is closed with 4401', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const other = await server.createBoard()
  const content = formatDocName({ boardId: board.id, kind: 'content' })
  for (const key of ['wrong-key-wrong-key-wrong-key-xx', other.keys.facilitator, '']) {
    const socket = rawSocket(docUrl(server.syncUrl, content, key))
    expect(await socket.outcome).toBe(CloseCode.Unauthorized)
  }
  const noKey = rawSocket(`${server.syncUrl}/${content}`)
  expect(await noKey.outcome).toBe(CloseCode.Unauthorized)
})

test('a stock client with a wrong key stops with 4401 and never syncs', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const client = connectClient(server.syncUrl, board.id, 'wrong-key-wrong-key-wrong-key-xx')
  await expect(client.waitSynced()).rejects.toThrow(String(CloseCode.Unauthorized))
  expect(client.kv.has('page:page')).toBe(false)
})

test('an unknown board is closed with 4404, whatever the key', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const unknown = formatDocName({ boardId: 'AAAAAAAAAAAAAAAAAAAAA', kind: 'content' })
  const socket = rawSocket(docUrl(server.syncUrl, unknown, board.keys.facilitator))
  expect(await socket.outcome).toBe(CloseCode.NotFound)
})

test.each([
  ['an unknown kind', (id: string) => `${id}/secrets`],
  ['an extra part', (id: string) => `${id}/content/more`],
  ['no kind', (id: string) => id],
  ['a path escape', (id: string) => `..%2F${id}/content`],
  ['bad percent-encoding', (id: string) => `${id}%E0%A4%A/content`],
  ['a private doc without a participant', (id: string) => `${id}/private/`],
])('a bad doc name (%s) is closed with 4404', async (_name, docName) => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const socket = rawSocket(docUrl(server.syncUrl, docName(board.id), board.keys.facilitator))
  expect(await socket.outcome).toBe(CloseCode.NotFound)
})

test('paths outside /sync/ are not upgraded at all', async () => {
  const server = await startTestServer()
  const socket = rawSocket(`ws://127.0.0.1:${server.port}/elsewhere`)
  await expect(socket.opened).rejects.toThrow()
})
