import { expect, test } from 'vitest'
import { formatDocName, readControlSnapshot } from '@wesee/shared'
import { createBoard } from '../../src/boards/createBoard.ts'
import { FacilitationService } from '../../src/facilitation/FacilitationService.ts'
import { buildParticipationRecord } from '../../src/participation/buildParticipationRecord.ts'
import { RoomRegistry } from '../../src/rooms/RoomRegistry.ts'
import { SqliteBoardStore } from '../../src/storage/SqliteBoardStore.ts'
import { Role } from '@wesee/shared'
import { tempDataDir } from '../helpers/testServer.ts'
import { onTestFinished } from 'vitest'

/**
 * The real FacilitationService and SQLite store, with a fake clock: the
 * presence events it writes become the minutes in the record.
 */
test('presence events written on connect and disconnect become sessions and minutes', async () => {
  const store = new SqliteBoardStore(tempDataDir())
  const registry = new RoomRegistry(store, { idleUnloadMs: 60_000, compactAfterUpdates: 500 })
  onTestFinished(async () => {
    await registry.closeAll()
    store.close()
  })
  let clock = Date.UTC(2025, 0, 10, 13, 0)
  const minutes = (n: number) => {
    clock += n * 60_000
  }
  const facilitation = new FacilitationService(store, registry, () => clock)
  const board = await createBoard(store, { title: 'Clock board', template: 'blank' })
  const { participantId: sam } = await facilitation.join(board, Role.Participant, { name: 'Sam' })
  const { participantId: pat } = await facilitation.join(board, Role.Participant, { name: 'Pat' })

  // Sam: two tabs (one session), a 5-minute wifi drop (same session), then back after lunch.
  facilitation.connectionOpened(board.id, sam)
  facilitation.connectionOpened(board.id, sam)
  minutes(30)
  facilitation.connectionClosed(board.id, sam)
  minutes(10)
  facilitation.connectionClosed(board.id, sam)
  minutes(5)
  facilitation.connectionOpened(board.id, sam)
  facilitation.connectionOpened(board.id, pat)
  minutes(15)
  facilitation.connectionClosed(board.id, sam)
  minutes(60)
  facilitation.connectionOpened(board.id, sam)
  minutes(20)
  facilitation.connectionClosed(board.id, sam)
  minutes(1)

  await facilitation.presenceSettled()
  const events = await store.people.presenceEvents(board.id)
  expect(events.filter((e) => e.participantId === sam).map((e) => e.kind)).toEqual([
    'arrive',
    'leave',
    'arrive',
    'leave',
    'arrive',
    'leave',
  ])
  const control = readControlSnapshot(
    (await registry.open(formatDocName({ boardId: board.id, kind: 'control' }))).doc,
  )
  const record = buildParticipationRecord({
    board,
    control,
    presence: events,
    records: [],
    votesByParticipant: new Map([[pat, 3]]),
    now: clock,
  })
  const samRow = record.people.find((p) => p.participantId === sam)!
  expect(samRow.sessions.map((s) => s.minutes)).toEqual([60, 20])
  expect(samRow.totalMinutes).toBe(80)
  expect(samRow.sessions.every((s) => !s.ongoing)).toBe(true)
  // Pat is still here: 15 + 60 + 20 + 1 minutes so far.
  const patRow = record.people.find((p) => p.participantId === pat)!
  expect(patRow.sessions).toEqual([expect.objectContaining({ minutes: 96, ongoing: true })])
  expect(patRow.votes).toBe(3)
  expect(record.sessionGapMinutes).toBe(10)
})
