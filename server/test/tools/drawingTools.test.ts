import path from 'node:path'
import Database from 'better-sqlite3'
import {
  formatDocName,
  readControlSnapshot,
  RefusalCode,
  WeSeeMessageType,
  decodeRefusalMessage,
} from '@wesee/shared'
import { expect, test } from 'vitest'
import { expectApiError } from '../helpers/api.ts'
import { sendCommand } from '../helpers/stageCommands.ts'
import { connectClient, noteRecord, type SyncClient, type TestRecord } from '../helpers/syncClient.ts'
import { sqliteOnly, startTestServer, tempDataDir } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'
import { joinWith } from '../revisit/revisitHelpers.ts'

/** A complete tldraw pen stroke, as a stock client could send it. */
function drawing(id: string, type: 'draw' | 'highlight' = 'draw'): TestRecord {
  return {
    id: `shape:${id}`,
    typeName: 'shape',
    type,
    parentId: 'page:page',
    index: 'a9',
    x: 10,
    y: 10,
    rotation: 0,
    isLocked: false,
    opacity: 1,
    meta: {},
    props: {
      color: 'black',
      ...(type === 'draw' ? { fill: 'none', dash: 'draw', isClosed: false } : {}),
      size: 'm',
      segments: [
        {
          type: 'free',
          points: [
            { x: 0, y: 0, z: 0.5 },
            { x: 40, y: 30, z: 0.5 },
          ],
        },
      ],
      isComplete: true,
      isPen: false,
      scale: 1,
    },
  }
}

function withRefusals(client: SyncClient) {
  const codes: string[] = []
  client.provider.messageHandlers[WeSeeMessageType.Refusal] = (_encoder, decoder) => {
    const refusal = decodeRefusalMessage(decoder.arr)
    if (refusal) codes.push(refusal.code)
  }
  return codes
}

test('with the drawing tools put away, a participant’s pen stroke is taken off and nobody else sees it', async () => {
  let server = await startTestServer()
  const board = await server.createBoard()
  const ana = await joinWith(server, board, { name: 'Annabel', credit: true })
  const sam = connectClient(server.syncUrl, board.id, board.keys.participant, { token: ana.token })
  const watcher = connectClient(server.syncUrl, board.id, board.keys.viewer)
  await Promise.all([sam.waitSynced(), watcher.waitSynced()])
  const refusals = withRefusals(sam)

  // Drawing is on at first: a stroke stays.
  sam.kv.set('shape:first', drawing('first'))
  await waitFor(() => watcher.kv.has('shape:first'), 'the first stroke on another screen')

  // Only the facilitator may put the tools away.
  for (const key of [board.keys.participant, board.keys.viewer]) {
    const refused = await sendCommand(server, board, key, { type: 'tools.set', drawing: false }, ana.token)
    expect(refused.status).toBe(403)
  }
  expectApiError(
    await sendCommand(server, board, board.keys.facilitator, { type: 'tools.set', drawing: 'no' }),
    400,
    'bad_request',
  )
  const off = await sendCommand(server, board, board.keys.facilitator, { type: 'tools.set', drawing: false })
  expect(off.status).toBe(200)

  sam.kv.set('shape:pen', drawing('pen'))
  sam.kv.set('shape:marker', drawing('marker', 'highlight'))
  sam.kv.set('shape:words', noteRecord('words', 'Still fine'))
  await waitFor(() => refusals.includes(RefusalCode.DrawingOff), 'the refusal on the drawer’s screen')
  await waitFor(() => watcher.kv.has('shape:words'), 'the note reaching others')
  await watcher.roundTrip()
  expect(watcher.seenKeys.has('shape:pen')).toBe(false)
  expect(watcher.seenKeys.has('shape:marker')).toBe(false)
  await waitFor(() => !sam.kv.has('shape:pen'), 'the stroke taken off the drawer’s own screen')
  // What was drawn before stays and may be moved, but not drawn on.
  expect(watcher.kv.has('shape:first')).toBe(true)
  const refusedSoFar = refusals.length
  const first = sam.kv.get('shape:first')!
  const props = first.props as { segments: Array<{ type: string; points: object[] }> }
  sam.kv.set('shape:first', {
    ...first,
    props: { ...props, segments: [...props.segments, { type: 'free', points: [{ x: 90, y: 90, z: 0.5 }] }] },
  })
  await waitFor(
    () => refusals.slice(refusedSoFar).includes(RefusalCode.DrawingOff),
    'the added lines refused',
  )
  const segmentsOnSam = () => (sam.kv.get('shape:first')!.props as typeof props).segments.length
  await waitFor(() => segmentsOnSam() === 1, 'the added lines taken off the drawer’s screen')
  sam.kv.set('shape:first', { ...sam.kv.get('shape:first')!, x: 300 })
  await waitFor(() => watcher.kv.get('shape:first')?.x === 300, 'the old drawing moved')
  expect((watcher.kv.get('shape:first')!.props as typeof props).segments).toHaveLength(1)

  // The choice outlives a restart, and a new stroke is still refused after it.
  sam.destroy()
  watcher.destroy()
  server = await server.restart()
  const again = connectClient(server.syncUrl, board.id, board.keys.participant, { token: ana.token })
  const control = connectClient(server.syncUrl, board.id, board.keys.viewer, {
    docName: formatDocName({ boardId: board.id, kind: 'control' }),
  })
  await Promise.all([again.waitSynced(), control.waitSynced()])
  expect(readControlSnapshot(control.doc).tools).toEqual({ drawing: false })
  const againRefusals = withRefusals(again)
  again.kv.set('shape:after-restart', drawing('after-restart'))
  await waitFor(() => againRefusals.includes(RefusalCode.DrawingOff), 'the refusal after a restart')

  expect(
    (await sendCommand(server, board, board.keys.facilitator, { type: 'tools.set', drawing: true })).status,
  ).toBe(200)
  again.kv.set('shape:back', drawing('back'))
  await again.roundTrip()
  await waitFor(() => again.kv.has('shape:back'), 'a stroke once the tools are back')
  expect(againRefusals.filter((code) => code === RefusalCode.DrawingOff)).toHaveLength(1)
})

test('the facilitator may still draw with the tools put away', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  await sendCommand(server, board, board.keys.facilitator, { type: 'tools.set', drawing: false })
  const fran = connectClient(server.syncUrl, board.id, board.keys.facilitator)
  const watcher = connectClient(server.syncUrl, board.id, board.keys.viewer)
  await Promise.all([fran.waitSynced(), watcher.waitSynced()])
  fran.kv.set('shape:arrow-sketch', drawing('arrow-sketch'))
  await waitFor(() => watcher.kv.has('shape:arrow-sketch'), 'the facilitator’s stroke')
})

sqliteOnly('a database from before the drawing setting opens, with drawing on for every board', async () => {
  // An older WeSee's database: no schema version, and a boards table without the drawing column.
  const dataDir = tempDataDir()
  const db = new Database(path.join(dataDir, 'wesee.sqlite'))
  db.exec(`CREATE TABLE boards (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, template TEXT NOT NULL, created_at INTEGER NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0, facilitator_key TEXT NOT NULL, participant_key TEXT NOT NULL,
    viewer_key TEXT NOT NULL, join_code TEXT NOT NULL UNIQUE, joining_open INTEGER NOT NULL DEFAULT 1,
    locked INTEGER NOT NULL DEFAULT 0)`)
  db.prepare(
    `INSERT INTO boards (id, title, template, created_at, facilitator_key, participant_key, viewer_key, join_code)
     VALUES ('old-board', 'Old', 'blank', 1000, 'f', 'p', 'v', 'OLDONE')`,
  ).run()
  db.close()
  const server = await startTestServer({ dataDir })
  expect((await server.server.store.boards.getBoard('old-board'))?.drawing).toBe(true)
  expect(await server.server.store.boards.getBoardFlags('old-board')).toEqual({
    joiningOpen: true,
    locked: false,
    drawing: true,
  })
  expect(await server.server.store.boards.getBoardFlags('no-such-board')).toBeNull()
})
