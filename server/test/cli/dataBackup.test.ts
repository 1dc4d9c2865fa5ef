import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { expect } from 'vitest'
import type { CreatedBoard, VersionList } from '@wesee/shared'
import { writeArchive } from '../../src/cli/tarArchive.ts'
import { requestJson } from '../helpers/api.ts'
import { connectControl } from '../helpers/stageCommands.ts'
import { connectClient, recordsJson } from '../helpers/syncClient.ts'
import { sqliteOnly, startTestServer, tempDataDir, type TestServer } from '../helpers/testServer.ts'
import { pngImage } from '../helpers/testImages.ts'
import { votingBoard } from '../helpers/voting.ts'
import { addUploadedImage } from '../revisit/revisitHelpers.ts'
import { saveOldSessions } from './oldSessions.ts'
import { runWesee } from './runWesee.ts'

/** Each test runs the CLI several times, each as its own process (a second or two under tsx). */
const cliTestMs = 90_000

/** What a board looks like from outside: its records, control sections, versions and one person's ballots. */
async function boardAsSeen(server: TestServer, board: CreatedBoard, person: { token: string }) {
  const content = connectClient(server.syncUrl, board.id, board.keys.participant)
  const control = await connectControl(server, board, board.keys.viewer)
  await content.waitSynced()
  const snapshot = control.snapshot()
  const versions = await requestJson(`${server.url}/api/boards/${board.id}/versions`, {
    key: board.keys.facilitator,
  })
  const mine = await requestJson(`${server.url}/api/boards/${board.id}/votes/mine`, {
    key: board.keys.participant,
    headers: { 'x-participant-token': person.token },
  })
  const seen = {
    records: recordsJson(content.doc),
    stage: snapshot.stage,
    stages: snapshot.stages,
    vote: snapshot.vote,
    people: Object.values(snapshot.participants)
      .map((profile) => profile.name)
      .sort(),
    versions: (versions.body as VersionList).versions.map(({ id, name, trigger, createdAt, stage }) => ({
      id,
      name,
      trigger,
      createdAt,
      stage,
    })),
    mine: { status: mine.status, body: mine.body },
  }
  content.destroy()
  control.client.destroy()
  return seen
}

function rowCount(dataDir: string, table: string): number {
  const db = new Database(path.join(dataDir, 'wesee.sqlite'), { readonly: true })
  try {
    return (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n
  } finally {
    db.close()
  }
}

sqliteOnly(
  'a backup made while the server runs, restored into a fresh folder, gives the same boards, people, ballots, versions and pictures',
  async () => {
    const server = await startTestServer()
    const voting = await votingBoard(server)
    const { board } = voting
    expect((await voting.command({ type: 'vote.start' })).status).toBe(200)
    const sam = await voting.join('Sam')
    expect((await voting.as(sam, { type: 'vote.cast', shapeId: voting.notes[1] })).status).toBe(200)
    const writer = connectClient(server.syncUrl, board.id, board.keys.facilitator)
    await writer.waitSynced()
    const picture = await addUploadedImage(server, board, writer.kv, pngImage(3, 3, 7), 'bus-stop')
    await writer.roundTrip()
    writer.destroy()
    const named = await requestJson(`${server.url}/api/boards/${board.id}/versions`, {
      body: { name: 'Before the vote ends' },
      key: board.keys.facilitator,
    })
    expect(named.status).toBe(201)
    const before = await boardAsSeen(server, board, sam)
    expect(before.mine.status).toBe(200)
    expect(before.versions.length).toBeGreaterThanOrEqual(2)

    const file = path.join(tempDataDir(), 'wesee-backup.tar.gz')
    const backup = await runWesee(['backup', file], server.dataDir)
    expect(backup, backup.stderr).toMatchObject({ code: 0 })
    expect(backup.stdout).toContain('Backed up 1 boards and 1 pictures')
    // A second backup never writes over the first.
    expect((await runWesee(['backup', file], server.dataDir)).code).toBe(1)

    const fresh = tempDataDir()
    const restore = await runWesee(['restore', file], fresh)
    expect(restore, restore.stderr).toMatchObject({ code: 0 })
    expect(restore.stdout).toContain('Restored 1 boards and 1 pictures')
    const restored = await startTestServer({ dataDir: fresh })
    expect(await boardAsSeen(restored, board, sam)).toEqual(before)
    const bytes = async (at: TestServer) =>
      Buffer.from(await (await fetch(`${at.url}/api/assets/${picture.hash}`)).arrayBuffer())
    expect((await bytes(restored)).equals(await bytes(server))).toBe(true)
    // The secret ballots came along: revealing the vote on each server gives the same results.
    const reveal = async (at: TestServer) =>
      (
        await requestJson(`${at.url}/api/boards/${board.id}/commands`, {
          body: { type: 'vote.reveal' },
          key: board.keys.facilitator,
          headers: { 'x-participant-token': voting.facilitator.token },
        })
      ).body as { state: { vote: { tally: unknown } } }
    const there = await reveal(restored)
    expect(there.state.vote.tally).toEqual((await reveal(server)).state.vote.tally)
    expect(JSON.stringify(there.state.vote.tally)).toContain(voting.notes[1])
  },
  cliTestMs,
)

sqliteOnly(
  'restore refuses a running server, a folder with data in it, and a file that is not a sound backup',
  async () => {
    const server = await startTestServer()
    await server.createBoard('Kept safe')
    const file = path.join(tempDataDir(), 'backup.tar.gz')
    expect((await runWesee(['backup', file], server.dataDir)).code).toBe(0)

    const running = await runWesee(['restore', file], server.dataDir)
    expect(running.code).toBe(1)
    expect(running.stderr).toContain('is running on')
    await server.close()

    const full = await runWesee(['restore', file], server.dataDir)
    expect(full.code).toBe(1)
    expect(full.stderr).toContain('already holds WeSee data')
    const replaced = await runWesee(['restore', file, '--replace'], server.dataDir)
    expect(replaced, replaced.stderr).toMatchObject({ code: 0 })
    const aside = fs.readdirSync(server.dataDir).filter((name) => name.startsWith('replaced-'))
    expect(aside).toHaveLength(1)
    expect(fs.existsSync(path.join(server.dataDir, aside[0]!, 'wesee.sqlite'))).toBe(true)

    // Hostile files: not an archive, and an archive naming a path outside the folder.
    const junk = path.join(tempDataDir(), 'junk.tar.gz')
    fs.writeFileSync(junk, 'this is not a backup')
    const empty = tempDataDir()
    const notArchive = await runWesee(['restore', junk], empty)
    expect(notArchive.code).toBe(1)
    expect(notArchive.stderr).toContain('not a WeSee backup')
    const escaping = path.join(tempDataDir(), 'escaping.tar.gz')
    await writeArchive(escaping, [
      { name: 'wesee-backup.json', bytes: Buffer.from('{"format":"wesee-data-backup","formatVersion":1}') },
      { name: '../../escaped.txt', bytes: Buffer.from('out of the folder') },
    ])
    const escaped = await runWesee(['restore', escaping], empty)
    expect(escaped.code).toBe(1)
    expect(escaped.stderr).toContain('does not know (../../escaped.txt)')
    expect(fs.existsSync(path.join(empty, '..', 'escaped.txt'))).toBe(false)
    expect(fs.readdirSync(empty)).toEqual([])
    expect((await runWesee(['restore'], empty)).code).toBe(2)
  },
  cliTestMs,
)

sqliteOnly(
  'check finds a planted orphan and a stray file, and says how much each board takes',
  async () => {
    const server = await startTestServer()
    await server.createBoard('Town hall')
    const clean = await runWesee(['check'], server.dataDir)
    expect(clean, clean.stderr).toMatchObject({ code: 0 })
    expect(clean.stdout).toContain('integrity check: ok')
    expect(clean.stdout).toMatch(/Town hall \([\w-]+\): board/)
    expect(clean.stdout).toContain('No problems found.')

    const db = new Database(path.join(server.dataDir, 'wesee.sqlite'))
    db.pragma('foreign_keys = OFF')
    db.prepare(
      "INSERT INTO participants (id, board_id, token_hash, created_at) VALUES ('p1', 'no-such-board', 'x', 0)",
    ).run()
    db.close()
    fs.writeFileSync(path.join(server.dataDir, 'assets', 'left-behind'), 'nothing')
    // Check writes nothing: not even the key secret a server would make when it is missing.
    fs.rmSync(path.join(server.dataDir, 'board-keys.secret'))
    const found = await runWesee(['check'], server.dataDir)
    expect(found.code).toBe(1)
    expect(found.stderr).toContain('1 participants of a board that no longer exists')
    expect(found.stderr).toContain('belong to nothing: left-behind')
    expect(fs.existsSync(path.join(server.dataDir, 'board-keys.secret'))).toBe(false)
  },
  cliTestMs,
)

sqliteOnly(
  'prune --dry-run lists what retention would remove and removes nothing; prune removes it',
  async () => {
    const server = await startTestServer()
    const board = await server.createBoard('Old sessions')
    await saveOldSessions(server, board.id)
    expect(rowCount(server.dataDir, 'versions')).toBe(4)

    const dry = await runWesee(['prune', '--dry-run'], server.dataDir)
    expect(dry, dry.stderr).toMatchObject({ code: 0 })
    expect(dry.stdout).toContain('Would remove 2 old versions')
    expect(dry.stdout).toContain('Old sessions')
    expect(dry.stdout).toContain('Nothing was changed')
    expect(rowCount(server.dataDir, 'versions')).toBe(4)

    const done = await runWesee(['prune'], server.dataDir)
    expect(done, done.stderr).toMatchObject({ code: 0 })
    expect(done.stdout).toContain('Removed 2 old versions')
    expect(rowCount(server.dataDir, 'versions')).toBe(2)
  },
  cliTestMs,
)
