import path from 'node:path'
import Database from 'better-sqlite3'
import { expect } from 'vitest'
import { VersionTrigger, type CreatedBoard, type VersionInfo, type VersionList } from '@wesee/shared'
import { unpackVersionBlob } from '../../src/storage/versionBlobs.ts'
import { saveVersion } from '../../src/versions/saveVersion.ts'
import { requestJson } from '../helpers/api.ts'
import { createBoardFrom, sendCommand } from '../helpers/stageCommands.ts'
import { connectClient, noteRecord } from '../helpers/syncClient.ts'
import { sqliteOnly, startTestServer, type TestServer } from '../helpers/testServer.ts'

const hour = 60 * 60 * 1000
const day = 24 * hour

async function listVersions(server: TestServer, board: CreatedBoard): Promise<VersionInfo[]> {
  const response = await requestJson(`${server.url}/api/boards/${board.id}/versions`, {
    key: board.keys.facilitator,
  })
  expect(response.status).toBe(200)
  return (response.body as VersionList).versions
}

async function preview(server: TestServer, board: CreatedBoard, id: string): Promise<unknown> {
  const response = await requestJson(`${server.url}/api/boards/${board.id}/versions/${id}`, {
    key: board.keys.facilitator,
  })
  expect(response.status).toBe(200)
  return (response.body as { records: unknown }).records
}

/** Saves a version as if the server's clock said `at` (the fake clock: nothing waits). */
function saveAt(server: TestServer, board: CreatedBoard, at: number, trigger: VersionTrigger, name?: string) {
  const deps = { ...server.server.versions.deps, now: () => at }
  return saveVersion(deps, board.id, trigger, name ?? null)
}

function versionRows(server: TestServer): number {
  const db = new Database(path.join(server.dataDir, 'wesee.sqlite'), { readonly: true })
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM versions').get() as { n: number }).n
  } finally {
    db.close()
  }
}

sqliteOnly(
  'the tidy-up keeps named versions, thins automatic ones by age, and the list says why each is kept',
  async () => {
    const server = await startTestServer()
    const board = await createBoardFrom(server, 'exploration')
    const writer = connectClient(server.syncUrl, board.id, board.keys.facilitator)
    await writer.waitSynced()
    writer.kv.set('shape:a', noteRecord('a', 'The bus is late'))
    await writer.roundTrip()
    const now = Date.now()
    // The middle of a month, 17 months ago.
    const longAgo = new Date(now)
    longAgo.setUTCMonth(longAgo.getUTCMonth() - 17, 15)
    longAgo.setUTCHours(12, 0, 0, 0)
    const old = longAgo.getTime()

    // Before any stage began, early in that month: the only restore point of "no stage yet".
    const beforeStages = await saveAt(server, board, old - 2 * day, VersionTrigger.Hourly)
    expect(
      (
        await sendCommand(server, board, board.keys.facilitator, {
          type: 'stage.set',
          stage: 'exploration',
          step: 'i-see',
        })
      ).status,
    ).toBe(200)
    // A named version two years ago, kept for ever.
    const named = await saveAt(server, board, now - 730 * day, VersionTrigger.Manual, 'Our first meeting')
    // Two more in that month: the month keeps its last.
    const monthEarly = await saveAt(server, board, old - day, VersionTrigger.Stage)
    const monthLate = await saveAt(server, board, old, VersionTrigger.Stage)
    // A session ten days ago, three versions an hour apart: the session keeps its last.
    const session = [
      await saveAt(server, board, now - 10 * day - 2 * hour, VersionTrigger.Hourly),
      await saveAt(server, board, now - 10 * day - hour, VersionTrigger.VoteReveal),
      await saveAt(server, board, now - 10 * day, VersionTrigger.Stage),
    ]
    // This morning: kept whatever else happens.
    const today = await saveAt(server, board, now - 3 * hour, VersionTrigger.Hourly)

    const listed = await listVersions(server, board)
    const why = new Map(listed.map((version) => [version.id, version.kept]))
    expect(why.get(named.id)).toEqual({ reason: 'named' })
    expect(why.get(today.id)).toEqual({ reason: 'recent' })
    expect(why.get(session[2]!.id)).toEqual({ reason: 'session' })
    expect(why.get(monthLate.id)).toEqual({ reason: 'month' })
    expect(why.get(beforeStages.id)).toEqual({ reason: 'stage-latest', stage: null })
    for (const goes of [monthEarly, session[0]!, session[1]!]) expect(why.get(goes.id)).toBeNull()
    expect(listed.find((version) => version.id === today.id)?.stage).toBe('exploration')

    // A dry run says what would go and removes nothing.
    const before = versionRows(server)
    const dry = await server.server.maintenance.run({ dryRun: true })
    expect(dry.versions.removed.map((version) => version.id).sort()).toEqual(
      [monthEarly.id, session[0]!.id, session[1]!.id].sort(),
    )
    expect(dry.versions.removed[0]).toMatchObject({ boardId: board.id, boardTitle: board.title })
    expect(dry.versions.bytes).toBeGreaterThan(0)
    expect(versionRows(server)).toBe(before)

    const done = await server.server.maintenance.run()
    expect(done.versions.removed).toHaveLength(3)
    expect(versionRows(server)).toBe(before - 3)
    const after = await listVersions(server, board)
    expect(after.every((version) => version.kept !== null)).toBe(true)
    // A second pass finds nothing more: retention is stable.
    expect((await server.server.maintenance.run()).versions.removed).toEqual([])
    // What is kept still opens.
    expect(JSON.stringify(await preview(server, board, monthLate.id))).toContain('The bus is late')
  },
)

sqliteOnly(
  'versions saved before compression still open, and the tidy-up compresses them and finds their stage',
  async () => {
    const first = await startTestServer()
    const board = await createBoardFrom(first, 'exploration')
    const writer = connectClient(first.syncUrl, board.id, board.keys.facilitator)
    await writer.waitSynced()
    for (let n = 0; n < 40; n++) writer.kv.set(`shape:n${n}`, noteRecord(`n${n}`, `We need the bus at ${n}`))
    await writer.roundTrip()
    writer.destroy()
    expect(
      (
        await sendCommand(first, board, board.keys.facilitator, {
          type: 'stage.set',
          stage: 'exploration',
          step: 'i-see',
        })
      ).status,
    ).toBe(200)
    const [stageVersion] = await listVersions(first, board)
    const then = await preview(first, board, stageVersion!.id)
    await first.close()

    // Make the database look as an older WeSee left it: plain Yjs blobs, no encoding or stage columns, schema 1.
    const db = new Database(path.join(first.dataDir, 'wesee.sqlite'))
    const rows = db.prepare('SELECT id, content, control, encoding FROM versions').all() as Array<{
      id: string
      content: Buffer
      control: Buffer
      encoding: string
    }>
    for (const row of rows) {
      db.prepare('UPDATE versions SET content = ?, control = ? WHERE id = ?').run(
        unpackVersionBlob(row.content, row.encoding),
        unpackVersionBlob(row.control, row.encoding),
        row.id,
      )
    }
    db.exec('ALTER TABLE versions DROP COLUMN encoding; ALTER TABLE versions DROP COLUMN stage')
    db.pragma('user_version = 1')
    db.close()

    const server = await first.restart()
    const [old] = await listVersions(server, board)
    expect(old).toMatchObject({ id: stageVersion!.id, stage: 'exploration', kept: { reason: 'recent' } })
    expect(await preview(server, board, old!.id)).toEqual(then)
    expect(old!.size).toBeGreaterThan(stageVersion!.size)

    const report = await server.server.maintenance.run()
    expect(report.versions.compacted).toBe(1)
    expect(report.versions.removed).toEqual([])
    const [compacted] = await listVersions(server, board)
    expect(compacted!.size).toBe(stageVersion!.size)
    expect(compacted!.size * 5).toBeLessThan(old!.size)
    expect(await preview(server, board, old!.id)).toEqual(then)
    const check = new Database(path.join(server.dataDir, 'wesee.sqlite'), { readonly: true })
    expect(check.prepare('SELECT encoding, stage FROM versions').all()).toEqual([
      { encoding: 'yjs-br', stage: 'exploration' },
    ])
    check.close()
  },
)
