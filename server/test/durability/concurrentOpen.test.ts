import { expect, test } from 'vitest'
import { formatDocName } from '@wesee/shared'
import { connectClient, recordsJson } from '../helpers/syncClient.ts'
import { startTestServer } from '../helpers/testServer.ts'

test('20 clients opening a new board at once share one loaded doc with one page', async () => {
  const server = await startTestServer()
  const board = await server.createBoard('Busy start')
  const { registry } = server.server
  const loadsBefore = registry.loadCount
  // Each y-websocket provider listens for the process 'exit'; twenty in one process is expected.
  process.setMaxListeners(40)

  const clients = Array.from({ length: 20 }, (_, i) =>
    connectClient(server.syncUrl, board.id, i % 2 ? board.keys.participant : board.keys.facilitator),
  )
  await Promise.all(clients.map((c) => c.waitSynced()))

  expect(registry.loadCount).toBe(loadsBefore + 1)
  expect(registry.loadedRooms()).toHaveLength(1)
  expect(registry.loadedRooms()[0]?.connectionCount).toBe(20)
  const first = recordsJson(clients[0]!.doc)
  for (const client of clients) {
    const pages = [...client.kv.map.values()].filter(({ val }) => val.typeName === 'page')
    expect(pages.map(({ key }) => key)).toEqual(['page:page'])
    expect(recordsJson(client.doc)).toBe(first)
  }
})

test('opens of one doc in the same tick share one load', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const { registry } = server.server
  const docName = formatDocName({ boardId: board.id, kind: 'content' })
  const rooms = await Promise.all(Array.from({ length: 20 }, () => registry.open(docName)))
  expect(registry.loadCount).toBe(1)
  expect(new Set(rooms).size).toBe(1)
})
