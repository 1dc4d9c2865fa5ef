import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import type { BallotRow, BallotStore } from '../../../src/storage/BallotStore.ts'
import type { StoreUnderTest } from './docLogContract.ts'

/** A ballot store under test, and a way to make the boards its rows belong to. */
export interface BallotStoreUnderTest extends StoreUnderTest<BallotStore> {
  addBoard(id: string): Promise<void>
}

/**
 * What every BallotStore must do, written once and run against each engine
 * (SQLite and PostgreSQL): the vote commands count on it for budgets,
 * secrecy (proxy votes) and boards kept apart.
 */
export function describeBallotStoreContract(
  engine: string,
  makeStore: () => Promise<BallotStoreUnderTest>,
): void {
  describe(`BallotStore contract: ${engine}`, () => {
    let subject: BallotStoreUnderTest
    let ballots: BallotStore

    beforeEach(async () => {
      subject = await makeStore()
      ballots = subject.store
      await subject.addBoard('board-a')
      await subject.addBoard('board-b')
    })

    afterEach(async () => {
      await subject.close()
    })

    let clock = 1_000
    const ballot = (changes: Partial<BallotRow> = {}): BallotRow => ({
      voteId: 'v1',
      boardId: 'board-a',
      participantId: 'ana',
      shapeId: 'shape:one',
      castBy: 'ana',
      castAt: clock++,
      ...changes,
    })

    test('a vote with no ballots has none, and nobody has cast any', async () => {
      expect(await ballots.ballotsOfVote('board-a', 'v1')).toEqual([])
      expect(await ballots.votesCastBy('board-a')).toEqual(new Map())
    })

    test('ballots come back as cast, oldest first, field for field (a missing caster stays null)', async () => {
      const first = ballot()
      const second = ballot({ participantId: 'ben', shapeId: 'shape:two', castBy: null })
      const third = ballot({ shapeId: 'shape:two', castBy: 'facilitator-voting-for-ana' })
      for (const each of [first, second, third]) await ballots.addBallot(each)
      expect(await ballots.ballotsOfVote('board-a', 'v1')).toEqual([first, second, third])
    })

    test('a vote id is scoped by board: another board with the same vote id sees none of them', async () => {
      await ballots.addBallot(ballot())
      await ballots.addBallot(ballot({ boardId: 'board-b', participantId: 'cai' }))
      expect((await ballots.ballotsOfVote('board-a', 'v1')).map((b) => b.participantId)).toEqual(['ana'])
      expect((await ballots.ballotsOfVote('board-b', 'v1')).map((b) => b.participantId)).toEqual(['cai'])
      const key = { boardId: 'board-b', voteId: 'v1', participantId: 'ana', shapeId: 'shape:one' }
      expect(await ballots.removeBallot(key, { proxyOnly: false })).toBe(false)
      expect(await ballots.ballotsOfVote('board-a', 'v1')).toHaveLength(1)
    })

    test('taking a vote back removes only the latest on that note, and says when there was none', async () => {
      const older = ballot()
      const newer = ballot()
      const elsewhere = ballot({ shapeId: 'shape:two' })
      for (const each of [older, newer, elsewhere]) await ballots.addBallot(each)
      const key = { boardId: 'board-a', voteId: 'v1', participantId: 'ana', shapeId: 'shape:one' }
      expect(await ballots.removeBallot(key, { proxyOnly: false })).toBe(true)
      expect(await ballots.ballotsOfVote('board-a', 'v1')).toEqual([older, elsewhere])
      expect(await ballots.removeBallot(key, { proxyOnly: false })).toBe(true)
      expect(await ballots.removeBallot(key, { proxyOnly: false })).toBe(false)
      expect(await ballots.ballotsOfVote('board-a', 'v1')).toEqual([elsewhere])
    })

    test('taking back a proxy vote never touches the person’s own vote on the same note', async () => {
      const own = ballot({ castBy: 'ana' })
      const proxy = ballot({ castBy: 'the-facilitator' })
      const ownLater = ballot({ castBy: 'ana' })
      for (const each of [own, proxy, ownLater]) await ballots.addBallot(each)
      const key = { boardId: 'board-a', voteId: 'v1', participantId: 'ana', shapeId: 'shape:one' }
      expect(await ballots.removeBallot(key, { proxyOnly: true })).toBe(true)
      expect(await ballots.ballotsOfVote('board-a', 'v1')).toEqual([own, ownLater])
      expect(await ballots.removeBallot(key, { proxyOnly: true })).toBe(false)
      expect(await ballots.ballotsOfVote('board-a', 'v1')).toEqual([own, ownLater])
    })

    test('a proxy vote cast without a token (no caster) counts as someone else’s', async () => {
      const proxy = ballot({ castBy: null })
      await ballots.addBallot(proxy)
      const key = { boardId: 'board-a', voteId: 'v1', participantId: 'ana', shapeId: 'shape:one' }
      expect(await ballots.removeBallot(key, { proxyOnly: true })).toBe(true)
      expect(await ballots.ballotsOfVote('board-a', 'v1')).toEqual([])
    })

    test('votes cast are counted per person over every vote of the board, and only that board', async () => {
      await ballots.addBallot(ballot())
      await ballots.addBallot(ballot({ voteId: 'v2' }))
      await ballots.addBallot(ballot({ participantId: 'ben' }))
      await ballots.addBallot(ballot({ boardId: 'board-b', participantId: 'ana' }))
      expect(await ballots.votesCastBy('board-a')).toEqual(
        new Map([
          ['ana', 2],
          ['ben', 1],
        ]),
      )
      expect(await ballots.votesCastBy('board-b')).toEqual(new Map([['ana', 1]]))
    })
  })
}
