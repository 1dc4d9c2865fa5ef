import Database from 'better-sqlite3'
import path from 'node:path'
import { expect, onTestFinished, test } from 'vitest'
import { formatDocName, readControlSnapshot, Role, type ParticipationRecord } from '@wesee/shared'
import { createBoard } from '../../src/boards/createBoard.ts'
import { FacilitationService } from '../../src/facilitation/FacilitationService.ts'
import { buildParticipationRecord } from '../../src/participation/buildParticipationRecord.ts'
import { participationCsv } from '../../src/participation/participationCsv.ts'
import { PresenceHeartbeat } from '../../src/participation/PresenceHeartbeat.ts'
import { RoomRegistry } from '../../src/rooms/RoomRegistry.ts'
import { SqliteBoardStore } from '../../src/storage/SqliteBoardStore.ts'
import { requestJson } from '../helpers/api.ts'
import { startChildServer } from '../helpers/childServer.ts'
import { connectClient } from '../helpers/syncClient.ts'
import { tempDataDir } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

/**
 * People are paid from the participation record. A crash writes no "leave",
 * so the server writes a heartbeat for everyone here and, on start-up, ends
 * each unfinished visit at its last heartbeat: a crash loses at most one
 * heartbeat of anyone's time, never the whole visit.
 */
test('45 minutes on the board before a crash are still 45 minutes after the restart', async () => {
  const dataDir = tempDataDir()
  let clock = Date.UTC(2025, 0, 10, 13, 0)
  const store = new SqliteBoardStore(dataDir)
  const registry = new RoomRegistry(store, { idleUnloadMs: 60_000, compactAfterUpdates: 500 })
  const facilitation = new FacilitationService(store, registry, () => clock)
  const heartbeat = new PresenceHeartbeat(
    store,
    () => facilitation.presentPeople(),
    30_000,
    () => clock,
  )
  const board = await createBoard(store, { title: 'Crash pay', template: 'blank' })
  const { participantId: sam } = await facilitation.join(board, Role.Participant, { name: 'Sam' })
  const { participantId: pat } = await facilitation.join(board, Role.Participant, { name: 'Pat' })

  facilitation.connectionOpened(board.id, sam)
  facilitation.connectionOpened(board.id, pat)
  for (let beat = 0; beat < 90; beat++) {
    clock += 30_000
    await heartbeat.beat()
    if (beat === 39) facilitation.connectionClosed(board.id, pat) // Pat leaves properly after 20 minutes.
  }
  // Let Pat's leave be stored and shown in the control doc first.
  await facilitation.presenceSettled()
  // What an HTTP answer would have waited for: everything written so far is stored.
  await registry.settled()
  // The crash: 20 seconds after the last heartbeat the process stops. No leave, no close.
  clock += 20_000
  store.close()

  const restarted = new SqliteBoardStore(dataDir)
  const restartedRegistry = new RoomRegistry(restarted, { idleUnloadMs: 60_000, compactAfterUpdates: 500 })
  onTestFinished(async () => {
    await restartedRegistry.closeAll()
    restarted.close()
  })
  expect(await restarted.people.closeUnfinishedVisits()).toBe(1)
  // A second start-up finds nothing left to close.
  expect(await restarted.people.closeUnfinishedVisits()).toBe(0)

  const control = readControlSnapshot(
    (await restartedRegistry.open(formatDocName({ boardId: board.id, kind: 'control' }))).doc,
  )
  const record = buildParticipationRecord({
    board,
    control,
    presence: await restarted.people.presenceEvents(board.id),
    records: [],
    votesByParticipant: new Map(),
    now: clock + 3_600_000, // read an hour later: Sam is not still "here"
  })
  const samRow = record.people.find((p) => p.participantId === sam)!
  expect(samRow.sessions).toEqual([expect.objectContaining({ minutes: 45, ongoing: false })])
  expect(samRow.totalMinutes).toBe(45)
  const patRow = record.people.find((p) => p.participantId === pat)!
  expect(patRow.sessions).toEqual([expect.objectContaining({ minutes: 20, ongoing: false })])
  const samLine = participationCsv(record, 'en')
    .split('\r\n')
    .find((line) => line.startsWith('Sam,'))
  expect(samLine).toMatch(/,45,45,1,0,0$/)
})

test('a visit cut short by a crash before any heartbeat ends where it began, and the next visit counts', async () => {
  const dataDir = tempDataDir()
  let clock = Date.UTC(2025, 0, 10, 13, 0)
  const store = new SqliteBoardStore(dataDir)
  const board = await createBoard(store, { title: 'Two crashes', template: 'blank' })
  const sam = { boardId: board.id, participantId: 'sam' }

  // First visit: 10 minutes of heartbeats, then a crash.
  await store.people.recordPresence({ ...sam, kind: 'arrive', at: clock })
  for (let beat = 0; beat < 20; beat++) {
    clock += 30_000
    await store.people.recordLastSeen([sam], clock)
  }
  store.close()

  // Start-up repair, then a second visit an hour later that crashes within 20 seconds.
  const second = new SqliteBoardStore(dataDir)
  expect(await second.people.closeUnfinishedVisits()).toBe(1)
  clock += 3_600_000
  await second.people.recordPresence({ ...sam, kind: 'arrive', at: clock })
  clock += 20_000
  second.close()

  const third = new SqliteBoardStore(dataDir)
  onTestFinished(() => third.close())
  expect(await third.people.closeUnfinishedVisits()).toBe(1)
  const events = await third.people.presenceEvents(board.id)
  expect(events.map((e) => e.kind)).toEqual(['arrive', 'leave', 'arrive', 'leave'])
  expect(events[1]!.at - events[0]!.at).toBe(10 * 60_000)
  // The first visit's heartbeat never stretches the second visit backwards or forwards.
  expect(events[3]!.at).toBe(events[2]!.at)
})

test(
  'after kill -9 and a restart, the record ends the visit at the last heartbeat',
  { timeout: 40_000 },
  async () => {
    const dataDir = tempDataDir()
    const heartbeatMs = 100
    const first = await startChildServer(dataDir, { PRESENCE_HEARTBEAT_MS: String(heartbeatMs) })
    const board = await requestJson(`${first.url}/api/boards`, { body: { title: 'Killed' } })
    const created = board.body as { id: string; keys: { facilitator: string; participant: string } }
    const joined = await requestJson(`${first.url}/api/boards/${created.id}/participants`, {
      body: { name: 'Sam' },
      key: created.keys.participant,
    })
    const { token, participantId } = joined.body as { token: string; participantId: string }
    const sam = connectClient(first.syncUrl, created.id, created.keys.participant, { token })
    await sam.waitSynced()

    // Read the heartbeat from the database as the server writes it, until it is 1.5 s past the arrival.
    const db = new Database(path.join(dataDir, 'wesee.sqlite'), { readonly: true, fileMustExist: true })
    onTestFinished(() => {
      db.close()
    })
    const arrivedAt = () =>
      db
        .prepare<[string], { at: number }>(
          "SELECT at FROM presence_events WHERE participant_id = ? AND kind = 'arrive'",
        )
        .get(participantId)?.at
    const lastSeen = () =>
      db
        .prepare<[string], { at: number }>('SELECT at FROM presence_last_seen WHERE participant_id = ?')
        .get(participantId)?.at
    await waitFor(
      () => {
        const arrived = arrivedAt()
        const seen = lastSeen()
        return arrived !== undefined && seen !== undefined && seen - arrived >= 1_500
      },
      'heartbeats 1.5 s after arriving',
      { timeoutMs: 10_000, intervalMs: 50 },
    )

    await first.kill('SIGKILL')
    const killedAt = Date.now()
    sam.destroy()
    const seenBeforeKill = lastSeen()!

    const second = await startChildServer(dataDir)
    const record = (
      await requestJson(`${second.url}/api/boards/${created.id}/participation`, {
        key: created.keys.facilitator,
      })
    ).body as ParticipationRecord
    const samRow = record.people.find((p) => p.participantId === participantId)!
    expect(samRow.sessions).toHaveLength(1)
    const session = samRow.sessions[0]!
    expect(session.ongoing).toBe(false)
    expect(Date.parse(session.start)).toBe(arrivedAt())
    // Ends at the last heartbeat the killed process wrote: at most one heartbeat before it died.
    expect(Date.parse(session.end)).toBe(seenBeforeKill)
    expect(killedAt - Date.parse(session.end)).toBeLessThan(heartbeatMs + 2_000)
    expect(Date.parse(session.end) - Date.parse(session.start)).toBeGreaterThanOrEqual(1_500)
  },
)
