import fs from 'node:fs'
import path from 'node:path'
import { expect } from 'vitest'
import { connectClient, noteRecord } from '../helpers/syncClient.ts'
import { sqliteOnly, startTestServer } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

/** Writes ~200 KB of notes, well under SQLite's own automatic checkpoint (1,000 pages). */
async function writeNotes(syncUrl: string, boardId: string, key: string): Promise<void> {
  const client = connectClient(syncUrl, boardId, key)
  await client.waitSynced()
  for (let i = 0; i < 200; i++) client.kv.set(`shape:n${i}`, noteRecord(`n${i}`, 'x'.repeat(800)))
  await client.roundTrip()
}

const databaseBytes = (dataDir: string) => fs.statSync(path.join(dataDir, 'wesee.sqlite')).size

sqliteOnly('the write-ahead log is moved into the database on a timer, without a restart', async () => {
  const server = await startTestServer({ walCheckpointEveryMs: 100 })
  const board = await server.createBoard('Checkpoints')
  const before = databaseBytes(server.dataDir)
  const checkpointsBefore = server.server.walCheckpoints.count
  await writeNotes(server.syncUrl, board.id, board.keys.participant)
  // Only a checkpoint writes the log's pages into the database file.
  await waitFor(() => databaseBytes(server.dataDir) > before + 100_000, 'the database file to take the log')
  expect(server.server.walCheckpoints.count).toBeGreaterThan(checkpointsBefore)
})

sqliteOnly('the control: with checkpoints off, the same writes stay in the log', async () => {
  const server = await startTestServer({ walCheckpointEveryMs: 0 })
  const board = await server.createBoard('No checkpoints')
  const before = databaseBytes(server.dataDir)
  await writeNotes(server.syncUrl, board.id, board.keys.participant)
  await new Promise((resolve) => setTimeout(resolve, 500))
  expect(databaseBytes(server.dataDir)).toBeLessThan(before + 100_000)
  expect(server.server.walCheckpoints.count).toBe(0)
})
