import { expect, test } from 'vitest'
import { requestJson } from '../helpers/api.ts'
import { withClusterDatabase } from './clusterDatabase.ts'
import { startInProcessCluster } from './clusterNodes.ts'

withClusterDatabase('Which node serves a request', (freshDatabase) => {
  test('a board path in capitals (express matches it all the same) is still handed to the board’s owner', async () => {
    const { nodes, createBoard } = await startInProcessCluster(freshDatabase, 2)
    const [owner, other] = nodes as [(typeof nodes)[0], (typeof nodes)[0]]
    const board = await createBoard(owner)
    expect(
      (await requestJson(`${owner.url}/api/boards/${board.id}/control`, { key: board.keys.participant }))
        .status,
    ).toBe(200)
    // Routes match whatever the case, so the node that decides who serves a board must too:
    // otherwise a non-owner serves it, from a store it may not write and rooms it may not load.
    const shouted = await requestJson(`${other.url}/API/BOARDS/${board.id}/CONTROL`, {
      key: board.keys.participant,
    })
    expect(shouted.status, JSON.stringify(shouted.body)).toBe(200)
    expect(other.server.registry.loadedRooms().some((room) => room.boardId === board.id)).toBe(false)
  })
})
