import { expect } from 'vitest'
import type { CreatedBoard } from '@wesee/shared'
import { requestJson } from './api.ts'
import { connectClient, type SyncClient } from './syncClient.ts'
import type { TestServer } from './testServer.ts'

/** Asserts the server answers `/healthz`. */
export async function expectHealthy(baseUrl: string): Promise<void> {
  const response = await fetch(`${baseUrl}/healthz`)
  expect(response.status).toBe(200)
}

/**
 * Asserts that a board still works end to end on this server: health, a
 * fresh client syncs its content doc, the backup export and every summary
 * format answer 200. Returns the synced client so a test can look inside.
 */
export async function expectBoardServes(
  server: Pick<TestServer, 'url' | 'syncUrl'>,
  board: CreatedBoard,
): Promise<SyncClient> {
  await expectHealthy(server.url)
  const reader = connectClient(server.syncUrl, board.id, board.keys.viewer)
  await reader.waitSynced()
  const exported = await requestJson(`${server.url}/api/boards/${board.id}/export`, {
    key: board.keys.facilitator,
  })
  expect(exported.status, JSON.stringify(exported.body)).toBe(200)
  for (const format of ['html', 'md', 'csv']) {
    const summary = await fetch(`${server.url}/api/boards/${board.id}/summary?format=${format}`, {
      headers: { authorization: `Bearer ${board.keys.viewer}` },
    })
    expect(summary.status, `summary as ${format}`).toBe(200)
  }
  return reader
}

/** Restarts the server on the same data and asserts the board still loads, exports and summarises. */
export async function expectBoardSurvivesRestart(
  server: TestServer,
  board: CreatedBoard,
): Promise<{ server: TestServer; reader: SyncClient }> {
  const again = await server.restart()
  const reader = await expectBoardServes(again, board)
  return { server: again, reader }
}
