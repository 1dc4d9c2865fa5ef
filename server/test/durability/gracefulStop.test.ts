import { expect, test } from 'vitest'
import { formatDocName } from '@wesee/shared'
import { createBoardOver } from '../helpers/api.ts'
import { startChildServer } from '../helpers/childServer.ts'
import { connectClient, noteRecord, recordsJson } from '../helpers/syncClient.ts'
import { tempDataDir } from '../helpers/testServer.ts'
import { SqliteBoardStore } from '../../src/storage/SqliteBoardStore.ts'

test('SIGTERM compacts every open doc and exits cleanly', { timeout: 30_000 }, async () => {
  const dataDir = tempDataDir()
  const server = await startChildServer(dataDir)
  const board = await createBoardOver(server.url, 'Stopping')
  const client = connectClient(server.syncUrl, board.id, board.keys.participant)
  await client.waitSynced()
  for (let i = 0; i < 10; i++) client.kv.set(`shape:n${i}`, noteRecord(`n${i}`))
  await client.roundTrip()
  const written = recordsJson(client.doc)

  await server.kill('SIGTERM')
  expect(server.child.exitCode).toBe(0)

  const docName = formatDocName({ boardId: board.id, kind: 'content' })
  const store = new SqliteBoardStore(dataDir)
  try {
    expect(await store.docLog.countUpdates(docName)).toBe(1)
    const restarted = await startChildServer(dataDir)
    const fresh = connectClient(restarted.syncUrl, board.id, board.keys.viewer)
    await fresh.waitSynced()
    expect(recordsJson(fresh.doc)).toBe(written)
  } finally {
    store.close()
  }
})
