import { defaultBoardSettings } from '@wesee/shared'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { hashBoardKey } from '../../../src/auth/boardKeyVault.ts'
import type { BallotStore } from '../../../src/storage/BallotStore.ts'
import type { BoardRecords } from '../../../src/storage/BoardRecords.ts'
import type { BoardSettingsStore } from '../../../src/storage/BoardSettingsStore.ts'
import type { BoardRow, NewBoard } from '../../../src/storage/BoardStore.ts'
import type { DocLog } from '../../../src/storage/DocLog.ts'
import type { PeopleStore } from '../../../src/storage/PeopleStore.ts'
import type { VersionRow, VersionStore } from '../../../src/storage/VersionStore.ts'
import type { StoreUnderTest } from './docLogContract.ts'

/**
 * Board records under test, the other concerns of the same store (to see
 * what a board's creation and deletion reach), and the keys as stored.
 */
export interface BoardRecordsUnderTest extends StoreUnderTest<BoardRecords> {
  docs: DocLog
  people: PeopleStore
  versions: VersionStore
  ballots: BallotStore
  settings: BoardSettingsStore
  /** The three key columns exactly as they sit in the database. */
  storedKeys(boardId: string): Promise<{ facilitator: string; participant: string; viewer: string } | null>
}

/**
 * What every BoardRecords must do, written once and run against each engine
 * (SQLite and PostgreSQL): a board comes back as made, its keys never sit in
 * the database as they open a board, a creation is whole or absent, and a
 * deletion takes everything of that board and nothing of another.
 */
export function describeBoardRecordsContract(
  engine: string,
  makeStore: () => Promise<BoardRecordsUnderTest>,
): void {
  describe(`BoardRecords contract: ${engine}`, () => {
    let subject: BoardRecordsUnderTest
    let boards: BoardRecords

    beforeEach(async () => {
      subject = await makeStore()
      boards = subject.store
    })

    afterEach(async () => {
      await subject.close()
    })

    const board = (id: string, changes: Partial<BoardRow> = {}): BoardRow => ({
      id,
      title: `Board ${id}`,
      template: 'blank',
      createdAt: 1_000,
      archived: false,
      facilitatorKeyHash: hashBoardKey(`facilitator-${id}`),
      participantKey: `participant-${id}`,
      viewerKey: `viewer-${id}`,
      joinCode: `code-${id}`,
      joiningOpen: true,
      locked: false,
      drawing: true,
      ...changes,
    })
    const version = (id: string, boardId: string, createdAt = 2_000): VersionRow => ({
      id,
      boardId,
      createdAt,
      trigger: 'manual',
      name: null,
      stage: null,
      content: new Uint8Array([1, 2, 3]),
      control: new Uint8Array([4, 5]),
    })
    const bytes = (...values: number[]) => new Uint8Array(values)

    test('a board comes back as made, by id and by join code, and its join code is taken', async () => {
      const made = board('b1', {
        title: 'Bysiau’r “Cwm” 🚌',
        template: 'full-cycle',
        createdAt: 1_733_400_000_000,
        archived: true,
        joiningOpen: false,
        locked: true,
        drawing: false,
      })
      await boards.createBoard(made, [])
      expect(await boards.getBoard('b1')).toEqual(made)
      expect(await boards.getBoardByJoinCode('code-b1')).toEqual(made)
      expect(await boards.isJoinCodeTaken('code-b1')).toBe(true)
    })

    test('unknown ids and codes find nothing', async () => {
      await boards.createBoard(board('b1'), [])
      expect(await boards.getBoard('nope')).toBeNull()
      expect(await boards.getBoard('')).toBeNull()
      expect(await boards.getBoardByJoinCode('nope')).toBeNull()
      expect(await boards.getBoardByJoinCode("code-b1' OR '1'='1")).toBeNull()
      expect(await boards.isJoinCodeTaken('nope')).toBe(false)
      expect(await boards.getBoardFlags('nope')).toBeNull()
      expect(await boards.lastActivityAt('nope')).toBe(0)
    })

    test('the first updates of its docs are stored with it, in the order given', async () => {
      await boards.createBoard(board('b1'), [
        { doc: 'b1/content', update: bytes(1, 0, 1) },
        { doc: 'b1/control', update: bytes(2) },
        { doc: 'b1/content', update: bytes(3) },
      ])
      expect(await subject.docs.loadUpdates('b1/content')).toEqual([bytes(1, 0, 1), bytes(3)])
      expect(await subject.docs.loadUpdates('b1/control')).toEqual([bytes(2)])
    })

    test('no key is stored as it opens the board: the facilitator key only as a hash, the links sealed', async () => {
      const made: NewBoard = { ...board('b1'), facilitatorKey: 'facilitator-b1' }
      await boards.createBoard(made, [])
      const stored = await subject.storedKeys('b1')
      expect(stored?.facilitator).toBe(hashBoardKey('facilitator-b1'))
      for (const column of Object.values(stored ?? {})) {
        for (const key of ['facilitator-b1', 'participant-b1', 'viewer-b1']) expect(column).not.toContain(key)
      }
      expect(stored?.participant).not.toBe(stored?.viewer)
    })

    test('a board id or join code already taken is refused, and nothing of the refused board is stored', async () => {
      await boards.createBoard(board('b1'), [])
      await expect(
        boards.createBoard(board('b1', { joinCode: 'fresh' }), [{ doc: 'b1/content', update: bytes(9) }]),
      ).rejects.toThrow()
      await expect(
        boards.createBoard(board('b2', { joinCode: 'code-b1' }), [{ doc: 'b2/content', update: bytes(9) }]),
      ).rejects.toThrow()
      expect(await boards.getBoard('b1')).toEqual(board('b1'))
      expect(await boards.getBoard('b2')).toBeNull()
      expect(await boards.isJoinCodeTaken('fresh')).toBe(false)
      expect(await subject.docs.loadUpdates('b1/content')).toEqual([])
      expect(await subject.docs.loadUpdates('b2/content')).toEqual([])
    })

    test('a board from a backup comes with its docs and versions', async () => {
      await boards.createBoardWithVersions(
        board('b1'),
        [{ doc: 'b1/content', update: bytes(7) }],
        [version('v1', 'b1', 2_000), version('v2', 'b1', 3_000)],
      )
      expect(await boards.getBoard('b1')).toEqual(board('b1'))
      expect(await subject.docs.loadUpdates('b1/content')).toEqual([bytes(7)])
      expect((await subject.versions.listVersions('b1')).map((v) => v.id)).toEqual(['v2', 'v1'])
      expect(await subject.versions.getVersion('b1', 'v1')).toMatchObject({
        content: bytes(1, 2, 3),
        control: bytes(4, 5),
      })
    })

    test('a backup whose versions cannot all be stored leaves no board, no docs and no versions', async () => {
      await expect(
        boards.createBoardWithVersions(
          board('b1'),
          [{ doc: 'b1/content', update: bytes(7) }],
          [version('same', 'b1'), version('same', 'b1')],
        ),
      ).rejects.toThrow()
      // A version naming another board that does not exist fails the whole import too.
      await expect(
        boards.createBoardWithVersions(board('b2'), [], [version('v1', 'no-such-board')]),
      ).rejects.toThrow()
      expect(await boards.getBoard('b1')).toBeNull()
      expect(await boards.getBoard('b2')).toBeNull()
      expect(await boards.isJoinCodeTaken('code-b1')).toBe(false)
      expect(await subject.docs.loadUpdates('b1/content')).toEqual([])
      expect(await subject.versions.listVersions('b1')).toEqual([])
      // And the id is free to use afterwards.
      await boards.createBoard(board('b1'), [])
      expect(await boards.getBoard('b1')).toEqual(board('b1'))
    })

    test('a new key for a role replaces the old one: hashed for the facilitator, sealed and readable for the others', async () => {
      await boards.createBoard(board('b1'), [])
      await boards.replaceBoardKey('b1', 'facilitator', 'new-facilitator')
      await boards.replaceBoardKey('b1', 'participant', 'new-participant')
      await boards.replaceBoardKey('b1', 'viewer', 'new-viewer')
      expect(await boards.getBoard('b1')).toEqual(
        board('b1', {
          facilitatorKeyHash: hashBoardKey('new-facilitator'),
          participantKey: 'new-participant',
          viewerKey: 'new-viewer',
        }),
      )
      const stored = await subject.storedKeys('b1')
      expect(JSON.stringify(stored)).not.toMatch(/new-participant|new-viewer|new-facilitator/)
    })

    test('a new key for a board that does not exist changes nothing and makes no board', async () => {
      await boards.createBoard(board('b1'), [])
      await boards.replaceBoardKey('nope', 'participant', 'participant-nope')
      expect(await boards.getBoard('nope')).toBeNull()
      expect(await boards.getBoard('b1')).toEqual(board('b1'))
    })

    test('flags are set one at a time or together, leaving the others as they were', async () => {
      await boards.createBoard(board('b1'), [])
      expect(await boards.getBoardFlags('b1')).toEqual({ joiningOpen: true, locked: false, drawing: true })
      await boards.setBoardFlags('b1', { locked: true })
      expect(await boards.getBoardFlags('b1')).toEqual({ joiningOpen: true, locked: true, drawing: true })
      await boards.setBoardFlags('b1', { joiningOpen: false, drawing: false })
      expect(await boards.getBoardFlags('b1')).toEqual({ joiningOpen: false, locked: true, drawing: false })
      await boards.setBoardFlags('b1', {})
      expect(await boards.getBoardFlags('b1')).toEqual({ joiningOpen: false, locked: true, drawing: false })
      await boards.setBoardFlags('nope', { locked: true })
      expect(await boards.getBoardFlags('nope')).toBeNull()
      expect(await boards.getBoard('b1')).toMatchObject({ joiningOpen: false, locked: true, drawing: false })
    })

    test('a board is renamed and put away and back, each change alone leaving the other', async () => {
      await boards.createBoard(board('b1'), [])
      await boards.updateBoard('b1', { title: 'Renamed — Ail-enwi' })
      expect(await boards.getBoard('b1')).toMatchObject({ title: 'Renamed — Ail-enwi', archived: false })
      await boards.updateBoard('b1', { archived: true })
      expect(await boards.getBoard('b1')).toMatchObject({ title: 'Renamed — Ail-enwi', archived: true })
      await boards.updateBoard('b1', { title: 'Both', archived: false })
      expect(await boards.getBoard('b1')).toMatchObject({ title: 'Both', archived: false })
      await boards.updateBoard('b1', {})
      await boards.updateBoard('nope', { title: 'ghost' })
      expect(await boards.getBoard('b1')).toMatchObject({ title: 'Both', archived: false })
      expect(await boards.getBoard('nope')).toBeNull()
    })

    test('deleting a board takes everything of it, and nothing of a board whose id looks like it', async () => {
      // _ is a wildcard in SQL LIKE, and b_1 is a prefix of b_10: neither may be caught.
      for (const id of ['b_1', 'bx1', 'b_10']) {
        await boards.createBoardWithVersions(
          board(id),
          [
            { doc: `${id}/content`, update: bytes(1) },
            { doc: `${id}/control`, update: bytes(2) },
          ],
          [version(`v-${id}`, id)],
        )
        await subject.docs.appendMany(`${id}/private/ana`, [bytes(3)])
        await subject.people.addParticipant({
          id: `ana-${id}`,
          boardId: id,
          tokenHash: `t-${id}`,
          createdAt: 1,
        })
        await subject.people.recordPresence({
          boardId: id,
          participantId: `ana-${id}`,
          kind: 'arrive',
          at: 5,
        })
        await subject.ballots.addBallot({
          voteId: 'v',
          boardId: id,
          participantId: `ana-${id}`,
          shapeId: 's',
          castBy: null,
          castAt: 5,
        })
        await subject.settings.saveBoardSettings(id, { ...defaultBoardSettings, organisation: id })
      }
      await boards.deleteBoard('b_1')
      expect(await boards.getBoard('b_1')).toBeNull()
      expect(await boards.isJoinCodeTaken('code-b_1')).toBe(false)
      for (const doc of ['content', 'control', 'private/ana']) {
        expect(await subject.docs.loadUpdates(`b_1/${doc}`)).toEqual([])
      }
      expect(await subject.people.findParticipantByTokenHash('b_1', 't-b_1')).toBeNull()
      expect(await subject.people.presenceEvents('b_1')).toEqual([])
      expect(await subject.versions.listVersions('b_1')).toEqual([])
      expect(await subject.ballots.ballotsOfVote('b_1', 'v')).toEqual([])
      expect(await subject.settings.boardSettings('b_1')).toEqual(defaultBoardSettings)
      for (const id of ['bx1', 'b_10']) {
        expect(await boards.getBoard(id)).toEqual(board(id))
        expect(await subject.docs.loadUpdates(`${id}/content`)).toEqual([bytes(1)])
        expect(await subject.docs.loadUpdates(`${id}/private/ana`)).toEqual([bytes(3)])
        expect(await subject.people.findParticipantByTokenHash(id, `t-${id}`)).not.toBeNull()
        expect(await subject.people.presenceEvents(id)).toHaveLength(1)
        expect(await subject.versions.listVersions(id)).toHaveLength(1)
        expect(await subject.ballots.ballotsOfVote(id, 'v')).toHaveLength(1)
        expect((await subject.settings.boardSettings(id)).organisation).toBe(id)
      }
      // The same id can be used again, from nothing.
      await boards.createBoard(board('b_1'), [])
      expect(await subject.people.presenceEvents('b_1')).toEqual([])
    })

    test('deleting a board that does not exist changes nothing', async () => {
      await boards.createBoard(board('b1'), [{ doc: 'b1/content', update: bytes(1) }])
      await boards.deleteBoard('nope')
      await boards.deleteBoard('')
      expect(await boards.getBoard('b1')).toEqual(board('b1'))
      expect(await subject.docs.loadUpdates('b1/content')).toEqual([bytes(1)])
    })

    test('the last activity is the latest of its making, an arrival or leaving, and a version', async () => {
      await boards.createBoard(board('b1', { createdAt: 1_000 }), [])
      expect(await boards.lastActivityAt('b1')).toBe(1_000)
      await subject.people.recordPresence({ boardId: 'b1', participantId: 'ana', kind: 'arrive', at: 5_000 })
      expect(await boards.lastActivityAt('b1')).toBe(5_000)
      await subject.versions.addVersion(version('v1', 'b1', 9_000))
      expect(await boards.lastActivityAt('b1')).toBe(9_000)
      await subject.people.recordPresence({ boardId: 'b1', participantId: 'ana', kind: 'leave', at: 7_000 })
      expect(await boards.lastActivityAt('b1')).toBe(9_000)
    })
  })
}
