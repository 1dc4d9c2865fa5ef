import type pg from 'pg'
import { expect, test } from 'vitest'
import * as Y from 'yjs'
import { Role } from '@wesee/shared'
import { BoardLeases, type BoardLease } from '../../src/cluster/BoardLeases.ts'
import { FencedDocLog } from '../../src/cluster/FencedDocLog.ts'
import { LeaseLostError } from '../../src/storage/postgres/boardWriteFence.ts'
import { LeaseKeeper } from '../../src/cluster/LeaseKeeper.ts'
import { Room, type RoomConnection } from '../../src/rooms/Room.ts'
import { waitFor } from '../helpers/waitFor.ts'
import { withClusterDatabase } from './clusterDatabase.ts'

const node = (name: string) => ({ nodeId: name, address: `http://${name}.internal:3000` })
const bytes = (...values: number[]) => new Uint8Array(values)

/** Makes a live lease lapse now, as if its owner had stopped renewing a lease period ago. */
async function expire(pool: pg.Pool, boardId: string): Promise<void> {
  await pool.query(`UPDATE board_leases SET expires_at = now() - interval '1 second' WHERE board_id = $1`, [
    boardId,
  ])
}

withClusterDatabase('Board leases and fencing (PostgreSQL)', (freshDatabase) => {
  test('the first claim holds the lease; another node is told who owns the board and where', async () => {
    const db = await freshDatabase()
    const a = new BoardLeases(db.pool(), node('a'), 5_000)
    const b = new BoardLeases(db.pool(), node('b'), 5_000)
    const first = await a.claim('board1')
    expect('held' in first).toBe(true)
    const second = await b.claim('board1')
    expect(second).toEqual({
      ownedBy: {
        nodeId: 'a',
        address: 'http://a.internal:3000',
        token: (first as { held: BoardLease }).held.token,
      },
    })
    // Another board is free.
    expect('held' in (await b.claim('board2'))).toBe(true)
  })

  test('ten nodes claiming one board at the same moment: exactly one holds it', async () => {
    const db = await freshDatabase()
    const pool = db.pool()
    const claims = await Promise.all(
      Array.from({ length: 10 }, (_, i) => new BoardLeases(pool, node(`n${i}`), 5_000).claim('busy')),
    )
    const holders = claims.filter((claim) => 'held' in claim)
    expect(holders).toHaveLength(1)
    const owner = await new BoardLeases(pool, node('x'), 5_000).ownerOf('busy')
    for (const claim of claims) if ('ownedBy' in claim) expect(claim.ownedBy.nodeId).toBe(owner?.nodeId)
  })

  test('a lapsed or released lease goes to the next node with a larger token; the old token renews nothing', async () => {
    const db = await freshDatabase()
    const pool = db.pool()
    const a = new BoardLeases(pool, node('a'), 5_000)
    const b = new BoardLeases(pool, node('b'), 5_000)
    const c = new BoardLeases(pool, node('c'), 5_000)
    const first = (await a.claim('board1')) as { held: BoardLease }
    expect([...(await a.renew([first.held]))]).toEqual(['board1'])
    await expire(pool, 'board1')
    expect(await a.ownerOf('board1')).toBeNull()
    const second = (await b.claim('board1')) as { held: BoardLease }
    expect(second.held.token).toBeGreaterThan(first.held.token)
    // The old owner coming back cannot renew its way in again.
    expect([...(await a.renew([first.held]))]).toEqual([])
    expect((await c.ownerOf('board1'))?.nodeId).toBe('b')
    // Released: free at once, and the next token is larger again.
    await b.release(second.held)
    const third = (await c.claim('board1')) as { held: BoardLease }
    expect(third.held.token).toBeGreaterThan(second.held.token)
  })

  test('a stale token writes nothing: appends and snapshots are refused, the new owner writes', async () => {
    const db = await freshDatabase()
    const pool = db.pool()
    const stale = (await new BoardLeases(pool, node('a'), 5_000).claim('board1')) as { held: BoardLease }
    const staleLog = new FencedDocLog(pool, stale.held)
    await staleLog.appendMany('board1/content', [bytes(1)])
    await expire(pool, 'board1')
    // Lapsed, not yet taken: still refused (the lease is the right to write, not the last holder's).
    await expect(staleLog.appendMany('board1/content', [bytes(2)])).rejects.toBeInstanceOf(LeaseLostError)
    const fresh = (await new BoardLeases(pool, node('b'), 5_000).claim('board1')) as { held: BoardLease }
    const freshLog = new FencedDocLog(pool, fresh.held)
    await freshLog.appendMany('board1/content', [bytes(3)])
    await expect(staleLog.appendMany('board1/content', [bytes(4), bytes(5)])).rejects.toBeInstanceOf(
      LeaseLostError,
    )
    await expect(staleLog.appendMany('board1/private/p1', [bytes(6)])).rejects.toBeInstanceOf(LeaseLostError)
    await expect(staleLog.replaceUpdates('board1/content', bytes(9))).rejects.toBeInstanceOf(LeaseLostError)
    expect(await freshLog.loadUpdates('board1/content')).toEqual([bytes(1), bytes(3)])
    expect(await freshLog.countUpdates('board1/private/p1')).toBe(0)
    await freshLog.replaceUpdates('board1/content', bytes(7))
    expect(await freshLog.loadUpdates('board1/content')).toEqual([bytes(7)])
  })

  test("a lease writes only its own board's docs", async () => {
    const db = await freshDatabase()
    const pool = db.pool()
    const lease = (await new BoardLeases(pool, node('a'), 5_000).claim('board1')) as { held: BoardLease }
    const log = new FencedDocLog(pool, lease.held)
    await expect(log.appendMany('board2/content', [bytes(1)])).rejects.toThrow(/not a doc of board board1/)
    await expect(log.appendMany('board10/content', [bytes(1)])).rejects.toThrow(/not a doc of board board1/)
  })

  test('a takeover waits for a write under way, so the new owner loads it', async () => {
    const db = await freshDatabase()
    const pool = db.pool()
    const old = (await new BoardLeases(pool, node('a'), 1_000).claim('board1')) as { held: BoardLease }
    // A write under way holds the lease row (FOR SHARE) until it commits.
    const writer = await pool.connect()
    await writer.query('BEGIN')
    await writer.query(
      `INSERT INTO doc_updates (doc, data) SELECT 'board1/content', '\\x01'::bytea
       WHERE EXISTS (SELECT 1 FROM board_leases WHERE board_id = 'board1' AND token = $1 AND expires_at > now() FOR SHARE)`,
      [old.held.token.toString()],
    )
    // The lease lapses while the write is still under way (a paused node, a slow commit).
    await new Promise((resolve) => setTimeout(resolve, 1_100))
    const takeover = new BoardLeases(pool, node('b'), 5_000).claim('board1')
    let tookOver = false
    void takeover.then(() => (tookOver = true))
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(tookOver).toBe(false)
    await writer.query('COMMIT')
    writer.release()
    const claim = (await takeover) as { held: BoardLease }
    expect(claim.held.token).toBeGreaterThan(old.held.token)
    expect(await new FencedDocLog(pool, claim.held).loadUpdates('board1/content')).toEqual([bytes(1)])
  })

  test('a room whose lease was taken stores and shows nothing more, and asks its clients to connect again', async () => {
    const db = await freshDatabase()
    const pool = db.pool()
    const stale = (await new BoardLeases(pool, node('a'), 5_000).claim('board1')) as { held: BoardLease }
    const room = await Room.load('board1/control', 'board1', new FencedDocLog(pool, stale.held), 500)
    const heard: Uint8Array[] = []
    const closes: string[] = []
    const connection: RoomConnection = {
      send: (message) => heard.push(message),
      canWrite: () => true,
      updateDropped: () => {},
      writer: { role: Role.Facilitator, participantId: null },
      closeAs: (name) => closes.push(name),
      presenceIdentity: () => null,
    }
    room.addConnection(connection)
    room.doc.getMap('stage').set('current', 'before')
    await room.settled()
    const heardBefore = heard.length
    await expire(pool, 'board1')
    await new BoardLeases(pool, node('b'), 5_000).claim('board1')
    room.doc.getMap('stage').set('current', 'after the takeover')
    await waitFor(() => closes.length > 0)
    expect(closes).toEqual(['ConnectAgain'])
    // Nothing of the refused write reached the connection or the database.
    expect(heard.length).toBe(heardBefore)
    const stored = await new FencedDocLog(pool, stale.held).loadUpdates('board1/control')
    const reloaded = new Y.Doc()
    for (const update of stored) Y.applyUpdate(reloaded, update)
    expect(reloaded.getMap('stage').get('current')).toBe('before')
  })

  test('the keeper renews its leases past their length, and says when one is lost', async () => {
    const db = await freshDatabase()
    const pool = db.pool()
    const lost: string[] = []
    const keeper = new LeaseKeeper(new BoardLeases(pool, node('a'), 600), pool, {
      onLost: (lease) => lost.push(lease.boardId),
      inUse: () => true,
    })
    keeper.start()
    try {
      expect('held' in (await keeper.claim('board1'))).toBe(true)
      await new Promise((resolve) => setTimeout(resolve, 1_500))
      expect(keeper.leaseOf('board1')).not.toBeNull()
      expect((await new BoardLeases(pool, node('b'), 600).ownerOf('board1'))?.nodeId).toBe('a')
      // Taken over behind its back (as after a long pause): the next renewal finds out.
      await expire(pool, 'board1')
      await new BoardLeases(pool, node('b'), 600).claim('board1')
      await waitFor(() => lost.length > 0)
      expect(lost).toEqual(['board1'])
      expect(keeper.leaseOf('board1')).toBeNull()
      await expect(keeper.docLogFor('board1')).rejects.toThrow(/does not hold the lease/)
    } finally {
      await keeper.releaseAll()
    }
  })

  test('the keeper gives up the lease of a board it no longer serves', async () => {
    const db = await freshDatabase()
    const pool = db.pool()
    let serving = true
    const keeper = new LeaseKeeper(new BoardLeases(pool, node('a'), 300), pool, {
      onLost: () => {},
      inUse: () => serving,
    })
    keeper.start()
    try {
      await keeper.claim('board1')
      serving = false
      const other = new BoardLeases(pool, node('b'), 300)
      const deadline = Date.now() + 5_000
      while ((await other.ownerOf('board1')) !== null) {
        if (Date.now() > deadline) throw new Error('the unused lease was never given up')
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      expect(keeper.leaseOf('board1')).toBeNull()
    } finally {
      await keeper.releaseAll()
    }
  })
})
