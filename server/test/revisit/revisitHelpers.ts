import path from 'node:path'
import Database from 'better-sqlite3'
import { WebsocketProvider } from 'y-websocket'
import { YKeyValue } from 'y-utility/y-keyvalue'
import * as Y from 'yjs'
import { formatDocName, recordsArrayName, type CreatedBoard, type JoinedBoard } from '@wesee/shared'
import { onTestFinished } from 'vitest'
import { requestJson } from '../helpers/api.ts'
import { providerOptions, testNote, type TestRecord } from '../helpers/syncClient.ts'
import type { TestServer } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

/** Joins a board with a full profile (name, credit, anonymous) and returns the id and token. */
export async function joinWith(
  server: TestServer,
  board: CreatedBoard,
  profile: { name?: string; anonymous?: boolean; credit?: boolean },
  key = board.keys.participant,
): Promise<JoinedBoard> {
  const response = await requestJson(`${server.url}/api/boards/${board.id}/participants`, {
    body: profile,
    key,
  })
  if (response.status !== 201)
    throw new Error(`Join failed: ${response.status} ${JSON.stringify(response.body)}`)
  return response.body as JoinedBoard
}

/** A content-doc client that connects as a joined person (key and token), as the browser does. */
export async function connectAsPerson(
  server: TestServer,
  board: CreatedBoard,
  key: string,
  token: string,
): Promise<{ doc: Y.Doc; kv: YKeyValue<TestRecord>; provider: WebsocketProvider; destroy: () => void }> {
  const doc = new Y.Doc()
  const options = providerOptions(key)!
  const provider = new WebsocketProvider(
    server.syncUrl,
    formatDocName({ boardId: board.id, kind: 'content' }),
    doc,
    { ...options, params: { key, token } },
  )
  const kv = new YKeyValue<TestRecord>(doc.getArray(recordsArrayName))
  const destroy = () => {
    provider.destroy()
    doc.destroy()
  }
  onTestFinished(destroy)
  await waitFor(() => provider.synced, 'the first sync')
  return { doc, kv, provider, destroy }
}

/** A valid tldraw note (tldraw 3.15: rich text) with an author, inside `parentId`. */
export function authoredNote(
  id: string,
  text: string,
  authorId: string | null,
  parentId = 'page:page',
  extraMeta: Record<string, unknown> = {},
): TestRecord {
  return testNote({
    id: `shape:${id}`,
    parentId,
    index: 'a5',
    x: 100,
    y: 100,
    text,
    meta: { ...(authorId ? { authorId } : {}), ...extraMeta },
    props: { font: 'draw' },
  })
}

/** Asks `read` again until its answer satisfies `done`, for state the server changes on its own. */
export async function pollUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  what: string,
  timeoutMs = 5_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (done(value)) return value
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}: ${JSON.stringify(value)}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** Counts rows in the server's own database, to prove a refused request wrote nothing. */
export function countRows(dataDir: string): Record<string, number> {
  const db = new Database(path.join(dataDir, 'wesee.sqlite'), { readonly: true, fileMustExist: true })
  try {
    const count = (table: string) =>
      (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n
    return {
      boards: count('boards'),
      doc_updates: count('doc_updates'),
      versions: count('versions'),
      assets: count('assets'),
      board_assets: count('board_assets'),
      participants: count('participants'),
    }
  } finally {
    db.close()
  }
}

/** Uploads a PNG to a board and puts it on the board as an image shape with its asset record. */
export async function addUploadedImage(
  server: TestServer,
  board: CreatedBoard,
  kv: YKeyValue<TestRecord>,
  bytes: Uint8Array,
  name = 'drawing',
): Promise<{ hash: string; src: string }> {
  const response = await fetch(`${server.url}/api/boards/${board.id}/assets`, {
    method: 'POST',
    headers: { authorization: `Bearer ${board.keys.facilitator}`, 'content-type': 'image/png' },
    body: bytes,
  })
  if (response.status !== 201) throw new Error(`Upload failed: ${response.status}`)
  const uploaded = (await response.json()) as { src: string; hash: string; width: number; height: number }
  kv.doc.transact(() => {
    kv.set(`asset:${name}`, {
      id: `asset:${name}`,
      typeName: 'asset',
      type: 'image',
      meta: {},
      props: {
        name: `${name}.png`,
        src: uploaded.src,
        w: uploaded.width,
        h: uploaded.height,
        mimeType: 'image/png',
        isAnimated: false,
        fileSize: bytes.byteLength,
      },
    })
    kv.set(`shape:${name}`, {
      id: `shape:${name}`,
      typeName: 'shape',
      type: 'image',
      parentId: 'page:page',
      index: 'a9',
      x: 0,
      y: 0,
      rotation: 0,
      isLocked: false,
      opacity: 1,
      meta: {},
      props: {
        w: 100,
        h: 100,
        playing: true,
        url: '',
        assetId: `asset:${name}`,
        crop: null,
        flipX: false,
        flipY: false,
        altText: 'A drawing of a bus stop',
      },
    })
  })
  return { hash: uploaded.hash, src: uploaded.src }
}

/** A picture note as tldraw writes it: a library picture above a few words, inside `parentId`. */
export function pictureNoteIn(
  id: string,
  parentId: string,
  picture: { src: string; name: string },
  text: string,
) {
  return {
    id: `shape:${id}`,
    typeName: 'shape',
    type: 'picture-note',
    parentId,
    index: 'a7',
    x: 300,
    y: 500,
    rotation: 0,
    isLocked: false,
    opacity: 1,
    meta: {},
    props: { w: 200, h: 260, color: 'yellow', picture, text },
  }
}
