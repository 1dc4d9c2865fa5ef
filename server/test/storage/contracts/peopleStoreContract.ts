import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import type { ParticipantRow, PresenceEvent } from '../../../src/storage/BoardStore.ts'
import type { PeopleStore } from '../../../src/storage/PeopleStore.ts'
import type { StoreUnderTest } from './docLogContract.ts'

/** A people store under test, and a way to make the boards its rows belong to. */
export interface PeopleStoreUnderTest extends StoreUnderTest<PeopleStore> {
  addBoard(id: string): Promise<void>
}

/**
 * What every PeopleStore must do, written once and run against each engine
 * (SQLite and PostgreSQL): tokens find their person on their own board only,
 * and the participation record keeps every arrival and leaving, even across
 * a crash.
 */
export function describePeopleStoreContract(
  engine: string,
  makeStore: () => Promise<PeopleStoreUnderTest>,
): void {
  describe(`PeopleStore contract: ${engine}`, () => {
    let subject: PeopleStoreUnderTest
    let people: PeopleStore

    beforeEach(async () => {
      subject = await makeStore()
      people = subject.store
      await subject.addBoard('board-a')
      await subject.addBoard('board-b')
    })

    afterEach(async () => {
      await subject.close()
    })

    const person = (id: string, changes: Partial<ParticipantRow> = {}): ParticipantRow => ({
      id,
      boardId: 'board-a',
      tokenHash: `hash-of-${id}`,
      createdAt: 1_000,
      ...changes,
    })
    const event = (
      participantId: string,
      kind: PresenceEvent['kind'],
      at: number,
      boardId = 'board-a',
    ): PresenceEvent => ({ boardId, participantId, kind, at })

    test('a participant is found by their token hash on their own board, field for field', async () => {
      const ana = person('ana', { createdAt: 1_733_400_000_000 })
      await people.addParticipant(ana)
      expect(await people.findParticipantByTokenHash('board-a', 'hash-of-ana')).toEqual(ana)
    })

    test('an unknown token, or a known token on another board, finds nobody', async () => {
      await people.addParticipant(person('ana'))
      expect(await people.findParticipantByTokenHash('board-a', 'hash-of-nobody')).toBeNull()
      expect(await people.findParticipantByTokenHash('board-b', 'hash-of-ana')).toBeNull()
      expect(await people.findParticipantByTokenHash('no-such-board', 'hash-of-ana')).toBeNull()
      expect(await people.findParticipantByTokenHash('board-a', '')).toBeNull()
    })

    test('a token hash already given to someone is refused, on any board, and the first person stays', async () => {
      await people.addParticipant(person('ana'))
      await expect(people.addParticipant(person('ben', { tokenHash: 'hash-of-ana' }))).rejects.toThrow()
      await expect(
        people.addParticipant(person('cai', { boardId: 'board-b', tokenHash: 'hash-of-ana' })),
      ).rejects.toThrow()
      expect(await people.findParticipantByTokenHash('board-a', 'hash-of-ana')).toEqual(person('ana'))
    })

    test('a participant id already taken is refused', async () => {
      await people.addParticipant(person('ana'))
      await expect(people.addParticipant(person('ana', { tokenHash: 'another' }))).rejects.toThrow()
    })

    test('a participant or a presence event for a board that does not exist is refused', async () => {
      await expect(people.addParticipant(person('ana', { boardId: 'no-such-board' }))).rejects.toThrow()
      await expect(people.recordPresence(event('ana', 'arrive', 1, 'no-such-board'))).rejects.toThrow()
      expect(await people.presenceEvents('no-such-board')).toEqual([])
    })

    test("arrivals and leavings come back oldest first, as recorded, each board's apart", async () => {
      const recorded = [
        event('ana', 'arrive', 100),
        event('ben', 'arrive', 100),
        event('ana', 'leave', 300),
        // Recorded later with an earlier time (a clock step back): the order is the order recorded.
        event('ben', 'leave', 250),
      ]
      for (const each of recorded) await people.recordPresence(each)
      await people.recordPresence(event('cai', 'arrive', 50, 'board-b'))
      expect(await people.presenceEvents('board-a')).toEqual(recorded)
      expect(await people.presenceEvents('board-b')).toEqual([event('cai', 'arrive', 50, 'board-b')])
    })

    test('after a crash each open visit is closed at the last heartbeat, or at the arrival when none came', async () => {
      await people.recordPresence(event('ana', 'arrive', 100))
      await people.recordPresence(event('ben', 'arrive', 110))
      await people.recordPresence(event('cai', 'arrive', 120))
      await people.recordPresence(event('cai', 'leave', 130))
      await people.recordLastSeen([{ boardId: 'board-a', participantId: 'ana' }], 500)
      expect(await people.closeUnfinishedVisits()).toBe(2)
      expect(await people.presenceEvents('board-a')).toEqual([
        event('ana', 'arrive', 100),
        event('ben', 'arrive', 110),
        event('cai', 'arrive', 120),
        event('cai', 'leave', 130),
        event('ana', 'leave', 500),
        event('ben', 'leave', 110),
      ])
      // Nothing is left open, so a second start closes nothing.
      expect(await people.closeUnfinishedVisits()).toBe(0)
    })

    test('a heartbeat from an earlier visit never closes a later one before it began', async () => {
      await people.recordPresence(event('ana', 'arrive', 100))
      await people.recordLastSeen([{ boardId: 'board-a', participantId: 'ana' }], 150)
      await people.recordPresence(event('ana', 'leave', 200))
      await people.recordPresence(event('ana', 'arrive', 300))
      expect(await people.closeUnfinishedVisits()).toBe(1)
      expect((await people.presenceEvents('board-a')).at(-1)).toEqual(event('ana', 'leave', 300))
    })

    test('the last heartbeat only moves forward, and one batch may name a person twice', async () => {
      await people.recordPresence(event('ana', 'arrive', 100))
      const ana = { boardId: 'board-a', participantId: 'ana' }
      await people.recordLastSeen([ana, ana], 400)
      await people.recordLastSeen([ana], 300)
      await people.recordLastSeen([], 900)
      await people.closeUnfinishedVisits()
      expect((await people.presenceEvents('board-a')).at(-1)).toEqual(event('ana', 'leave', 400))
    })

    test('a heartbeat naming a board that is gone still records everyone else', async () => {
      await people.recordPresence(event('ana', 'arrive', 100))
      await people.recordLastSeen(
        [
          { boardId: 'no-such-board', participantId: 'ghost' },
          { boardId: 'board-a', participantId: 'ana' },
        ],
        700,
      )
      await people.closeUnfinishedVisits()
      expect((await people.presenceEvents('board-a')).at(-1)).toEqual(event('ana', 'leave', 700))
    })

    test('closing unfinished visits of some boards leaves the others open', async () => {
      await people.recordPresence(event('ana', 'arrive', 100))
      await people.recordPresence(event('ben', 'arrive', 100, 'board-b'))
      expect(await people.closeUnfinishedVisits([])).toBe(0)
      expect(await people.closeUnfinishedVisits(['board-b', 'no-such-board'])).toBe(1)
      expect(await people.presenceEvents('board-a')).toEqual([event('ana', 'arrive', 100)])
      expect(await people.presenceEvents('board-b')).toEqual([
        event('ben', 'arrive', 100, 'board-b'),
        event('ben', 'leave', 100, 'board-b'),
      ])
      expect(await people.closeUnfinishedVisits()).toBe(1)
    })
  })
}
