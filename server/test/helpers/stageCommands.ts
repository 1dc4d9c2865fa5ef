import {
  formatDocName,
  readControlSnapshot,
  type ControlSnapshot,
  type CreatedBoard,
  type JoinedBoard,
  type TemplateId,
} from '@wesee/shared'
import { createBoardOver, requestJson, type JsonResponse } from './api.ts'
import { connectClient, type SyncClient } from './syncClient.ts'
import type { TestServer } from './testServer.ts'
import { waitFor } from './waitFor.ts'

/** Creates a board from a template over HTTP. */
export function createBoardFrom(server: TestServer, template: TemplateId): Promise<CreatedBoard> {
  return createBoardOver(server.url, `A ${template} board`, { template })
}

/** Sends a command to `POST /api/boards/:id/commands` with a key (and a participant token). */
export function sendCommand(
  server: TestServer,
  board: CreatedBoard,
  key: string,
  command: Record<string, unknown>,
  token?: string,
): Promise<JsonResponse> {
  return requestJson(`${server.url}/api/boards/${board.id}/commands`, {
    body: command,
    key,
    headers: token ? { 'x-participant-token': token } : {},
  })
}

/** Joins the board as a named person and returns their id and token. */
export async function joinAs(
  server: TestServer,
  board: CreatedBoard,
  key: string,
  name: string,
): Promise<JoinedBoard> {
  const response = await requestJson(`${server.url}/api/boards/${board.id}/participants`, {
    body: { name },
    key,
  })
  if (response.status !== 201)
    throw new Error(`Joining failed: ${response.status} ${JSON.stringify(response.body)}`)
  return response.body as JoinedBoard
}

/** A frame record as the tests read it from a synced doc. */
export interface FrameRecord {
  id: string
  typeName: 'shape'
  type: 'frame'
  parentId: string
  index: string
  x: number
  y: number
  props: { w: number; h: number; name: string }
}

/** The frames among a doc's records. */
export function framesOf(client: SyncClient): FrameRecord[] {
  return [...client.kv.map.values()]
    .map(({ val }) => val)
    .filter((record) => record.typeName === 'shape' && record.type === 'frame') as unknown as FrameRecord[]
}

/** A stock y-websocket client on the board's control doc, with its snapshot reader. */
export interface ControlClient {
  client: SyncClient
  snapshot(): ControlSnapshot
  /** Waits until the synced control doc satisfies `predicate`. */
  waitUntil(predicate: (snapshot: ControlSnapshot) => boolean, what: string): Promise<ControlSnapshot>
}

/** Connects to the control doc (read-only for every client) and waits for the first sync. */
export async function connectControl(
  server: TestServer,
  board: CreatedBoard,
  key: string,
): Promise<ControlClient> {
  const client = connectClient(server.syncUrl, board.id, key, {
    docName: formatDocName({ boardId: board.id, kind: 'control' }),
  })
  await client.waitSynced()
  const snapshot = () => readControlSnapshot(client.doc)
  return {
    client,
    snapshot,
    async waitUntil(predicate, what) {
      await waitFor(() => predicate(snapshot()), what)
      return snapshot()
    },
  }
}
