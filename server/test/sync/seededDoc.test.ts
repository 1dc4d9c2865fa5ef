import { expect, test } from 'vitest'
import * as Y from 'yjs'
import { formatDocName, metaMapName, schemaMetaKey, serializedBoardSchema } from '@wesee/shared'
import { connectClient, recordsJson } from '../helpers/syncClient.ts'
import { startTestServer } from '../helpers/testServer.ts'

test('a new board already holds the tldraw document, one page and the schema', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const client = connectClient(server.syncUrl, board.id, board.keys.viewer)
  await client.waitSynced()

  expect(client.kv.get('document:document')).toMatchObject({ id: 'document:document', typeName: 'document' })
  expect(client.kv.get('page:page')).toMatchObject({ id: 'page:page', typeName: 'page' })
  const pages = [...client.kv.map.values()].filter(({ val }) => val.typeName === 'page')
  expect(pages).toHaveLength(1)
  expect(client.doc.getMap(metaMapName).get(schemaMetaKey)).toEqual(serializedBoardSchema())
})

test('the seed is in the store from creation, before any client opens the board', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const docName = formatDocName({ boardId: board.id, kind: 'content' })
  expect(server.server.registry.get(docName)).toBeUndefined()
  const stored = new Y.Doc()
  Y.applyUpdate(stored, Y.mergeUpdates(await server.server.store.docLog.loadUpdates(docName)))
  expect(recordsJson(stored)).toContain('"document:document"')
  expect(recordsJson(stored)).toContain('"page:page"')
})
