import { expect, test } from 'vitest'
import { computeSessions } from '../../src/participation/computeSessions.ts'
import { joinAs } from '../helpers/stageCommands.ts'
import { connectClient } from '../helpers/syncClient.ts'
import { waitFor } from '../helpers/waitFor.ts'
import { withClusterDatabase } from './clusterDatabase.ts'
import { startInProcessCluster } from './clusterNodes.ts'

const leaseMs = 1_000

withClusterDatabase('Paid time when a board changes owner', (freshDatabase) => {
  test('an owner that wakes after another node took its board does not end a visit the new owner serves', async () => {
    const { nodes, createBoard, db } = await startInProcessCluster(freshDatabase, 2, {
      leaseMs,
      perNode: () => ({ presenceHeartbeatMs: 100 }),
    })
    const [first, second] = nodes as [(typeof nodes)[0], (typeof nodes)[0]]
    const board = await createBoard(first)
    const sam = await joinAs(first, board, board.keys.participant, 'Sam')
    const kinds = async () =>
      (
        await db
          .pool()
          .query<{ kind: 'arrive' | 'leave'; at: string }>(
            'SELECT kind, at FROM presence_events WHERE participant_id = $1 ORDER BY seq',
            [sam.participantId],
          )
      ).rows.map((row) => ({ kind: row.kind, at: Number(row.at) }))
    const onFirst = connectClient(first.syncUrl, board.id, board.keys.participant, { token: sam.token })
    await onFirst.waitSynced()
    await until(async () => (await kinds()).length === 1, 'Sam’s arrival on the first owner')

    // The first owner stops renewing, as a paused process does, until its lease lapses in the database.
    first.cluster.keeper.stop()
    await new Promise((resolve) => setTimeout(resolve, leaseMs + 300))
    // Sam's browser gave up on the silent socket and came back through the other node, which takes the board.
    const onSecond = connectClient(second.syncUrl, board.id, board.keys.participant, { token: sam.token })
    await onSecond.waitSynced()
    await until(async () => (await kinds()).length === 3, 'the left-open visit ended, and Sam’s new one')

    // The first owner wakes: it finds its lease gone and closes its old socket of Sam's.
    await first.cluster.keeper.renewNow()
    await waitFor(() => onFirst.provider.wsconnected === false, 'the old socket closed')
    await new Promise((resolve) => setTimeout(resolve, 300))
    await first.server.facilitation.presenceSettled()

    // Sam is still here, on the new owner: his visit there is still going, and counts until he leaves.
    const sessions = computeSessions(await kinds(), Date.now())
    expect(sessions.at(-1)?.ongoing, JSON.stringify(await kinds())).toBe(true)
  })
})

async function until(predicate: () => Promise<boolean>, what: string): Promise<void> {
  for (const deadline = Date.now() + 5_000; !(await predicate());) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
