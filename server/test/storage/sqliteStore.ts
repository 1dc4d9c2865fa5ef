import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { SqliteBoardStore } from '../../src/storage/SqliteBoardStore.ts'

/** A fresh SQLite store in a temp folder, a way to put a bare board in it, and how to let both go. */
export function makeSqliteStore() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wesee-store-'))
  const store = new SqliteBoardStore(dataDir)
  return {
    store,
    /** The folder the database file (wesee.sqlite) is in, for a second connection that writes by hand. */
    dataDir,
    addBoard: (id: string) => addBoardRow(store, id),
    async close() {
      await store.close()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** A bare board row, for tests of the stores below the board routes. */
export async function addBoardRow(store: SqliteBoardStore, id: string): Promise<void> {
  await store.boards.createBoard(
    {
      id,
      title: id,
      template: 'blank',
      createdAt: 0,
      archived: false,
      facilitatorKeyHash: 'f',
      participantKey: 'p',
      viewerKey: 'v',
      joinCode: id,
      joiningOpen: true,
      locked: false,
      drawing: true,
    },
    [],
  )
}
