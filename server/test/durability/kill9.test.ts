import { expect, test } from 'vitest'
import { createBoardOver } from '../helpers/api.ts'
import { startChildServer } from '../helpers/childServer.ts'
import { connectClient, noteRecord, recordsJson, waitForRecord } from '../helpers/syncClient.ts'
import { tempDataDir } from '../helpers/testServer.ts'

test('a record another client has seen survives kill -9 and a restart', { timeout: 40_000 }, async () => {
  const dataDir = tempDataDir()
  const first = await startChildServer(dataDir)
  const board = await createBoardOver(first.url, 'Crash test')
  const a = connectClient(first.syncUrl, board.id, board.keys.participant)
  const b = connectClient(first.syncUrl, board.id, board.keys.facilitator)
  await Promise.all([a.waitSynced(), b.waitSynced()])

  for (let i = 0; i < 5; i++) a.kv.set(`shape:n${i}`, noteRecord(`n${i}`, `note ${i}`))
  a.kv.set('shape:seen', noteRecord('seen', 'Seen by B'))
  await waitForRecord(b, 'shape:seen')
  const seenByB = recordsJson(b.doc)

  // No SIGTERM handler, no compaction, no flush: the process just stops.
  await first.kill('SIGKILL')
  expect(first.child.signalCode).toBe('SIGKILL')
  a.destroy()
  b.destroy()

  const second = await startChildServer(dataDir)
  const fresh = connectClient(second.syncUrl, board.id, board.keys.viewer)
  await fresh.waitSynced()
  expect(fresh.kv.get('shape:seen')).toEqual(noteRecord('seen', 'Seen by B'))
  expect(recordsJson(fresh.doc)).toBe(seenByB)
})
