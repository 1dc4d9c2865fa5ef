import net from 'node:net'
import { expect, onTestFinished, test } from 'vitest'
import WebSocket from 'ws'
import { closeCodeTable, formatDocName } from '@wesee/shared'
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

  test('a request handed to an owner that stopped answering (paused, cut off) is answered once its lease lapses', async () => {
    const leaseMs = 1_000
    const { nodes, createBoard, db } = await startInProcessCluster(freshDatabase, 2, { leaseMs })
    const [owner, other] = nodes as [(typeof nodes)[0], (typeof nodes)[0]]
    const board = await createBoard(owner)
    expect(
      (await requestJson(`${owner.url}/api/boards/${board.id}`, { key: board.keys.participant })).status,
    ).toBe(200)
    // The owner freezes: it renews nothing more, and its address takes connections but never answers.
    const silent = net.createServer(() => {})
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    onTestFinished(() => {
      silent.close()
    })
    owner.cluster.keeper.stop()
    const { port } = silent.address() as net.AddressInfo
    await db
      .pool()
      .query('UPDATE board_leases SET node_address = $1 WHERE board_id = $2', [
        `http://127.0.0.1:${port}`,
        board.id,
      ])
    const startedAt = Date.now()
    const noAnswer = () =>
      new Promise<'no answer'>((resolve) => setTimeout(() => resolve('no answer'), 10 * leaseMs))
    // A WebSocket handed on there, and a request, both while the frozen owner's lease is still live.
    const socket = new WebSocket(
      `${other.syncUrl}/${formatDocName({ boardId: board.id, kind: 'content' })}?key=${board.keys.participant}`,
    )
    onTestFinished(() => socket.terminate())
    const [closedWith, handedOn] = await Promise.all([
      Promise.race([
        new Promise<number>((resolve) => socket.once('close', (code) => resolve(code))),
        noAnswer(),
      ]),
      Promise.race([
        requestJson(`${other.url}/api/boards/${board.id}`, { key: board.keys.participant }),
        noAnswer(),
      ]),
    ])
    // "Connect again" and "try again in a moment" soon after the lease lapses, not a wait as long as the freeze.
    expect(closedWith).toBe(closeCodeTable.ConnectAgain.code)
    expect(handedOn === 'no answer' ? handedOn : handedOn.status).toBe(503)
    expect(Date.now() - startedAt).toBeLessThan(5 * leaseMs)
    // And the moment after, the other node has taken the board.
    expect(
      (await requestJson(`${other.url}/api/boards/${board.id}`, { key: board.keys.participant })).status,
    ).toBe(200)
  })
})
