import type pg from 'pg'
import { expect, test } from 'vitest'
import { ErrorReason, type ApiErrorBody } from '@wesee/shared'
import { BoardLeases, type BoardLease } from '../../src/cluster/BoardLeases.ts'
import { LeaseKeeper } from '../../src/cluster/LeaseKeeper.ts'
import { LeaseLostError, type BoardWriteFence } from '../../src/storage/postgres/boardWriteFence.ts'
import { PostgresStore } from '../../src/storage/postgres/PostgresStore.ts'
import type { VersionRow } from '../../src/storage/VersionStore.ts'
import { expectApiError } from '../helpers/api.ts'
import { votingBoard } from '../helpers/voting.ts'
import { withClusterDatabase } from './clusterDatabase.ts'
import { startInProcessCluster } from './clusterNodes.ts'

const node = (name: string) => ({ nodeId: name, address: `http://${name}.internal:3000` })

/** A node that believes it holds `lease`, as one just woken from a pause does before its next renewal. */
const fenceOf = (lease: BoardLease): BoardWriteFence => ({ tokenFor: () => lease.token })

/** Makes a live lease lapse now, as if its owner had stopped renewing a lease period ago. */
async function expire(pool: pg.Pool, boardId: string): Promise<void> {
  await pool.query(`UPDATE board_leases SET expires_at = now() - interval '1 second' WHERE board_id = $1`, [
    boardId,
  ])
}

async function addBoard(pool: pg.Pool, id: string): Promise<void> {
  await pool.query(
    `INSERT INTO boards (id, title, template, created_at, facilitator_key, participant_key, viewer_key, join_code)
     VALUES ($1, $1, 'blank', 0, 'f', 'p', 'v', $1)`,
    [id],
  )
}

const version = (id: string): VersionRow => ({
  id,
  boardId: 'board1',
  createdAt: 1_000,
  trigger: 'manual',
  name: null,
  stage: null,
  content: new Uint8Array([1, 2, 3]),
  control: new Uint8Array([4, 5, 6]),
})

withClusterDatabase('Ballots, versions and arrivals under the board lease (PostgreSQL)', (freshDatabase) => {
  test('a stale token adds no ballot, removes none, saves no version and records no presence; the new owner does', async () => {
    const db = await freshDatabase()
    const pool = db.pool()
    await addBoard(pool, 'board1')
    const stale = (await new BoardLeases(pool, node('a'), 5_000).claim('board1')) as { held: BoardLease }
    const staleStore = await PostgresStore.open(db.url, { fence: fenceOf(stale.held) })
    const ballot = (shapeId: string) => ({
      voteId: 'vote1',
      boardId: 'board1',
      participantId: 'p1',
      shapeId,
      castBy: 'p1',
      castAt: 1_000,
    })
    // While it holds the lease, the owner writes.
    await staleStore.ballots.addBallot(ballot('shape:a'))
    await staleStore.ballots.addBallot(ballot('shape:b'))

    await expire(pool, 'board1')
    const fresh = (await new BoardLeases(pool, node('b'), 5_000).claim('board1')) as { held: BoardLease }
    const freshStore = await PostgresStore.open(db.url, { fence: fenceOf(fresh.held) })
    try {
      await expect(staleStore.ballots.addBallot(ballot('shape:c'))).rejects.toBeInstanceOf(LeaseLostError)
      await expect(
        staleStore.ballots.removeBallot(ballot('shape:a'), { proxyOnly: false }),
      ).rejects.toBeInstanceOf(LeaseLostError)
      await expect(staleStore.versions.addVersion(version('stale'))).rejects.toBeInstanceOf(LeaseLostError)
      await expect(
        staleStore.people.recordPresence({
          boardId: 'board1',
          participantId: 'p1',
          kind: 'leave',
          at: 2_000,
        }),
      ).rejects.toBeInstanceOf(LeaseLostError)
      expect((await freshStore.ballots.ballotsOfVote('board1', 'vote1')).map((row) => row.shapeId)).toEqual([
        'shape:a',
        'shape:b',
      ])
      expect(await freshStore.versions.listVersions('board1')).toEqual([])
      expect(await freshStore.people.presenceEvents('board1')).toEqual([])

      // The current owner's writes go in.
      await freshStore.ballots.addBallot(ballot('shape:d'))
      expect(await freshStore.ballots.removeBallot(ballot('shape:a'), { proxyOnly: false })).toBe(true)
      expect(await freshStore.versions.addVersion(version('fresh'))).toBeGreaterThan(0)
      await freshStore.people.recordPresence({
        boardId: 'board1',
        participantId: 'p1',
        kind: 'arrive',
        at: 3_000,
      })
      expect((await freshStore.ballots.ballotsOfVote('board1', 'vote1')).map((row) => row.shapeId)).toEqual([
        'shape:b',
        'shape:d',
      ])
      expect((await freshStore.versions.listVersions('board1')).map((row) => row.id)).toEqual(['fresh'])
      expect((await freshStore.people.presenceEvents('board1')).map((event) => event.kind)).toEqual([
        'arrive',
      ])
    } finally {
      await staleStore.close()
      await freshStore.close()
    }
  })

  test("a node's keeper fences its writes: none for a board it holds no lease of, in once it holds one", async () => {
    const db = await freshDatabase()
    const pool = db.pool()
    await addBoard(pool, 'board1')
    const keeper = new LeaseKeeper(new BoardLeases(pool, node('a'), 5_000), pool, {
      onLost: () => {},
      inUse: () => true,
    })
    const store = await PostgresStore.open(db.url, { fence: keeper })
    try {
      await expect(store.versions.addVersion(version('before'))).rejects.toBeInstanceOf(LeaseLostError)
      expect('held' in (await keeper.claim('board1'))).toBe(true)
      await store.versions.addVersion(version('after'))
      expect((await store.versions.listVersions('board1')).map((row) => row.id)).toEqual(['after'])
    } finally {
      keeper.stop()
      await store.close()
    }
  })

  test('a vote cast through an owner whose lease was taken away is told the board is moving, and no ballot is kept', async () => {
    // A long lease: the owner's own renewal does not notice in time, as after a pause it has not noticed yet.
    const { nodes, db } = await startInProcessCluster(freshDatabase, 1, { leaseMs: 60_000 })
    const owner = nodes[0]!
    const vb = await votingBoard(owner)
    const sam = await vb.join('Sam')
    expect((await vb.command({ type: 'vote.start' })).status).toBe(200)
    expect((await vb.as(sam, { type: 'vote.cast', shapeId: vb.notes[0] })).status).toBe(200)

    // Another node took the board in the meantime: a new token, live in the database.
    const pool = db.pool()
    await pool.query(
      `UPDATE board_leases SET token = nextval('board_lease_tokens'), node_id = 'elsewhere' WHERE board_id = $1`,
      [vb.board.id],
    )
    const refused = await vb.as(sam, { type: 'vote.cast', shapeId: vb.notes[1] })
    const body: ApiErrorBody = expectApiError(refused, 503, 'unavailable')
    expect(body.error.reason).toBe(ErrorReason.BoardMoving)
    expect(refused.headers.get('retry-after')).toBe('2')
    const { rows } = await pool.query<{ shape_id: string }>(
      'SELECT shape_id FROM ballots WHERE board_id = $1 ORDER BY seq',
      [vb.board.id],
    )
    expect(rows.map((row) => row.shape_id)).toEqual([vb.notes[0]])
  })
})
