import { expect, test } from 'vitest'
import { hashBoardKey } from '../../src/auth/boardKeyVault.ts'
import { BoardKeysUnavailableError } from '../../src/auth/boardKeyVault.ts'
import { describeBoardRecordsContract } from './contracts/boardRecordsContract.ts'
import { storeParts } from './contracts/storeParts.ts'
import { withPostgres } from './postgresStore.ts'

withPostgres((makeStore) => {
  describeBoardRecordsContract('PostgreSQL', async () => {
    const { store, close, sql } = await makeStore()
    return {
      store: store.boards,
      ...storeParts(store),
      close,
      async storedKeys(boardId) {
        const [row] = await sql<{ facilitator: string; participant: string; viewer: string }>(
          `SELECT facilitator_key AS facilitator, participant_key AS participant, viewer_key AS viewer
           FROM boards WHERE id = $1`,
          [boardId],
        )
        return row ?? null
      },
    }
  })

  test('without the board key secret no board is made, and stored links read as empty (matching no link)', async () => {
    const { store, close, addBoard } = await makeStore({ withoutKeyVault: true })
    try {
      const board = {
        id: 'b1',
        title: 'B',
        template: 'blank' as const,
        createdAt: 1,
        archived: false,
        facilitatorKeyHash: hashBoardKey('f'),
        participantKey: 'p',
        viewerKey: 'v',
        joinCode: 'c',
        joiningOpen: true,
        locked: false,
        drawing: true,
      }
      await expect(store.boards.createBoard(board, [])).rejects.toThrow(BoardKeysUnavailableError)
      expect(await store.boards.getBoard('b1')).toBeNull()
      await addBoard('b2')
      await expect(store.boards.replaceBoardKey('b2', 'participant', 'x')).rejects.toThrow(
        /without the board key secret/,
      )
      expect(await store.boards.getBoard('b2')).toMatchObject({ participantKey: '', viewerKey: '' })
    } finally {
      await close()
    }
  })
})
