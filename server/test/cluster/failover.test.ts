import { expect, test } from 'vitest'
import { formatDocName, readControlSnapshot, type CreatedBoard } from '@wesee/shared'
import { requestJson } from '../helpers/api.ts'
import { startChildServer, type ChildServer } from '../helpers/childServer.ts'
import { joinAs, sendCommand } from '../helpers/stageCommands.ts'
import { connectClient, waitForRecord, type SyncClient } from '../helpers/syncClient.ts'
import { tempDataDir, type TestServer } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'
import { noteIn, weSeeFrame } from '../helpers/voting.ts'
import { withClusterDatabase, type ClusterDatabase } from './clusterDatabase.ts'
import { testClusterSecret } from './clusterNodes.ts'
import { startRoundRobinBalancer, type RoundRobinBalancer } from './roundRobinBalancer.ts'

const leaseMs = 1_500
const heartbeatMs = 500

/**
 * Node processes as `pnpm start` runs them with DATABASE_URL and
 * CLUSTER_SECRET: everything in one PostgreSQL, one shared data folder for
 * the board key secret.
 */
function nodeStarter(db: ClusterDatabase, dataDir: string) {
  let started = 0
  return (): Promise<ChildServer> =>
    startChildServer(dataDir, {
      DATABASE_URL: db.url,
      CLUSTER_SECRET: testClusterSecret,
      LEASE_MS: String(leaseMs),
      NODE_NAME: `node${started++}`,
      MAINTENANCE_EVERY_MINUTES: '0',
      SHUTDOWN_TIMEOUT_MS: '4000',
      PRESENCE_HEARTBEAT_MS: String(heartbeatMs),
    })
}

/** A node or the balancer as the helpers' idea of a server: they only read its URLs. */
function asServer(server: RoundRobinBalancer | ChildServer): TestServer {
  return { url: server.url, syncUrl: server.syncUrl } as TestServer
}

async function ownerNodeName(db: ClusterDatabase, boardId: string): Promise<string | null> {
  const { rows } = await db
    .pool()
    .query<{ node_id: string }>(
      'SELECT node_id FROM board_leases WHERE board_id = $1 AND expires_at > now()',
      [boardId],
    )
  // Node ids are NODE_NAME, a dash, and a random part.
  return /^(node\d+)-/.exec(rows[0]?.node_id ?? '')?.[1] ?? null
}

/** One person's arrivals and leavings on their board, oldest first, and their last heartbeat. */
async function visitsOf(db: ClusterDatabase, participantId: string) {
  const pool = db.pool()
  const { rows: events } = await pool.query<{ kind: string; at: string }>(
    'SELECT kind, at FROM presence_events WHERE participant_id = $1 ORDER BY seq',
    [participantId],
  )
  const { rows: seen } = await pool.query<{ at: string }>(
    'SELECT at FROM presence_last_seen WHERE participant_id = $1',
    [participantId],
  )
  return {
    events: events.map((event) => ({ kind: event.kind, at: Number(event.at) })),
    lastSeen: Number(seen[0]?.at ?? 0),
  }
}

/** Retries a request while the board moves (503 with Retry-After), as a browser's retry would. */
async function untilServed(send: () => Promise<{ status: number; body: unknown }>) {
  const deadline = Date.now() + 15_000
  for (;;) {
    const response = await send()
    if (response.status !== 503 || Date.now() > deadline) return response
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/** Joins as a participant, answering with the status (a 503 while the board moves is retried by untilServed). */
function joinRequest(server: ChildServer, board: CreatedBoard, name: string) {
  return requestJson(`${server.url}/api/boards/${board.id}/participants`, {
    body: { name },
    key: board.keys.participant,
  })
}

function note(client: SyncClient, id: string, words: string): void {
  client.kv.set(`shape:${id}`, noteIn(weSeeFrame, id, words, 100, 400))
}

withClusterDatabase('Failover between node processes', (freshDatabase) => {
  test('kill -9 of the owner mid-session: another node takes the board, clients reconnect, nothing anyone saw is lost', async () => {
    const db = await freshDatabase()
    const dataDir = tempDataDir()
    const startNode = nodeStarter(db, dataDir)
    // One first, so the data folder and its key secret are made once.
    const first = await startNode()
    const nodes = [first, ...(await Promise.all([startNode(), startNode()]))]
    const balancer = await startRoundRobinBalancer(nodes.map((node) => node.port))
    const lb = asServer(balancer)

    const created = await requestJson(`${first.url}/api/boards`, {
      body: { title: 'Failover', template: 'exploration' },
    })
    const board = created.body as CreatedBoard
    // node0 takes the board first.
    expect(
      (await requestJson(`${first.url}/api/boards/${board.id}`, { key: board.keys.facilitator })).status,
    ).toBe(200)
    expect(await ownerNodeName(db, board.id)).toBe('node0')

    const fran = await joinAs(lb, board, board.keys.facilitator, 'Fran')
    const sam = await joinAs(lb, board, board.keys.participant, 'Sam')
    const franBoard = connectClient(lb.syncUrl, board.id, board.keys.facilitator, {
      token: fran.token,
      reconnect: true,
    })
    const samBoard = connectClient(lb.syncUrl, board.id, board.keys.participant, {
      token: sam.token,
      reconnect: true,
    })
    await Promise.all([franBoard.waitSynced(), samBoard.waitSynced()])
    note(samBoard, 'before', 'Seen before the crash')
    await waitForRecord(franBoard, 'shape:before')
    expect(
      (
        await sendCommand(lb, board, board.keys.facilitator, {
          type: 'stage.set',
          stage: 'exploration',
          step: 'we-see',
        })
      ).status,
    ).toBe(200)

    // Sam's time here is being written down (a heartbeat every heartbeatMs) when the owner dies.
    for (const deadline = Date.now() + 15_000; ;) {
      if ((await visitsOf(db, sam.participantId)).lastSeen > Date.now() - 2 * heartbeatMs) break
      if (Date.now() > deadline) throw new Error('no heartbeat of Sam was stored')
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    const killedAt = Date.now()
    await first.kill('SIGKILL')
    balancer.backends = nodes.slice(1).map((node) => node.port)
    // Written while the board has no owner: kept by the client, stored once it is back.
    note(samBoard, 'during', 'Written while the board moved')

    await waitForRecord(franBoard, 'shape:during')
    const owner = await ownerNodeName(db, board.id)
    expect(['node1', 'node2']).toContain(owner)
    // Both clients are back on the board and edit on as before.
    note(franBoard, 'after', 'After the move')
    await waitForRecord(samBoard, 'shape:after')
    const stage = await untilServed(() =>
      sendCommand(lb, board, board.keys.facilitator, {
        type: 'stage.set',
        stage: 'exploration',
        step: 'i-see',
      }),
    )
    expect(stage.status, JSON.stringify(stage.body)).toBe(200)

    // Someone arriving now, through any node, finds everything anyone saw.
    const late = connectClient(balancer.syncUrl, board.id, board.keys.viewer)
    await late.waitSynced()
    for (const key of ['shape:before', 'shape:during', 'shape:after'])
      expect(late.kv.has(key), key).toBe(true)
    const control = connectClient(balancer.syncUrl, board.id, board.keys.viewer, {
      docName: formatDocName({ boardId: board.id, kind: 'control' }),
    })
    await control.waitSynced()
    expect(readControlSnapshot(control.doc).stage?.step).toBe('i-see')

    // Sam is paid for the time before the crash: the new owner ended that visit at its last heartbeat, and Sam is here again.
    const visits = await visitsOf(db, sam.participantId)
    expect(visits.events.map((event) => event.kind)).toEqual(['arrive', 'leave', 'arrive'])
    const leftAt = visits.events[1]!.at
    expect(leftAt).toBeGreaterThan(killedAt - 3 * heartbeatMs)
    expect(leftAt).toBeLessThanOrEqual(killedAt)
  }, 60_000)

  test('an owner that was paused past its lease writes nothing more; its people reach the new owner and lose nothing', async () => {
    const db = await freshDatabase()
    const startNode = nodeStarter(db, tempDataDir())
    const paused = await startNode()
    const other = await startNode()
    const created = await requestJson(`${paused.url}/api/boards`, {
      body: { title: 'Paused', template: 'exploration' },
    })
    const board = created.body as CreatedBoard
    expect(
      (await requestJson(`${paused.url}/api/boards/${board.id}`, { key: board.keys.facilitator })).status,
    ).toBe(200)
    const sam = await joinAs(asServer(paused), board, board.keys.participant, 'Sam')
    const samBoard = connectClient(paused.syncUrl, board.id, board.keys.participant, {
      token: sam.token,
      reconnect: true,
    })
    await samBoard.waitSynced()
    note(samBoard, 'before', 'Before the pause')
    // Seen by someone, so stored.
    const watcher = connectClient(paused.syncUrl, board.id, board.keys.viewer)
    await waitForRecord(watcher, 'shape:before')

    // The owner stops running (a long GC pause, a frozen VM) for longer than its lease.
    paused.child.kill('SIGSTOP')
    await new Promise((resolve) => setTimeout(resolve, 2 * leaseMs))
    // Sam writes on, unaware: the change waits in the paused owner's socket.
    note(samBoard, 'while-paused', 'Written to the paused owner')
    const pat = await untilServed(() => joinRequest(other, board, 'Pat'))
    expect(pat.status, JSON.stringify(pat.body)).toBe(201)
    const patBoard = connectClient(other.syncUrl, board.id, board.keys.participant, {
      token: (pat.body as { token: string }).token,
      reconnect: true,
    })
    await patBoard.waitSynced()
    expect(await ownerNodeName(db, board.id)).toBe('node1')
    expect(patBoard.kv.has('shape:before')).toBe(true)
    note(patBoard, 'new-owner', 'Written to the new owner')

    // Woken, the old owner finds its lease gone: it stores nothing, and sends Sam on to the new owner.
    paused.child.kill('SIGCONT')
    await waitForRecord(patBoard, 'shape:while-paused')
    await waitForRecord(samBoard, 'shape:new-owner')
    expect(await ownerNodeName(db, board.id)).toBe('node1')
    expect(paused.child.exitCode).toBeNull()
    // The old owner showed nobody what it could not store: its watcher (who does not reconnect) never saw Sam's change.
    expect(watcher.kv.has('shape:while-paused')).toBe(false)
    const late = connectClient(other.syncUrl, board.id, board.keys.viewer)
    await late.waitSynced()
    for (const key of ['shape:before', 'shape:while-paused', 'shape:new-owner'])
      expect(late.kv.has(key), key).toBe(true)
  }, 60_000)

  test('a rolling restart of all three nodes loses nothing', async () => {
    const db = await freshDatabase()
    const dataDir = tempDataDir()
    const startNode = nodeStarter(db, dataDir)
    const first = await startNode()
    const nodes = [first, ...(await Promise.all([startNode(), startNode()]))]
    const balancer = await startRoundRobinBalancer(nodes.map((node) => node.port))
    const lb = asServer(balancer)
    const created = await requestJson(`${first.url}/api/boards`, {
      body: { title: 'Rolling', template: 'exploration' },
    })
    const board = created.body as CreatedBoard
    const sam = await joinAs(lb, board, board.keys.participant, 'Sam')
    const franBoard = connectClient(lb.syncUrl, board.id, board.keys.facilitator, { reconnect: true })
    const samBoard = connectClient(lb.syncUrl, board.id, board.keys.participant, {
      token: sam.token,
      reconnect: true,
    })
    await Promise.all([franBoard.waitSynced(), samBoard.waitSynced()])

    const written: string[] = []
    for (let round = 0; round < nodes.length; round++) {
      note(samBoard, `round-${round}`, `Before restart ${round}`)
      written.push(`shape:round-${round}`)
      await waitForRecord(franBoard, `shape:round-${round}`)
      // A graceful stop (SIGTERM), a new process in its place, as a deploy does one node at a time.
      await nodes[round]!.kill('SIGTERM')
      expect(nodes[round]!.child.exitCode).toBe(0)
      nodes[round] = await startNode()
      balancer.backends = nodes.map((node) => node.port)
      note(franBoard, `after-${round}`, `After restart ${round}`)
      written.push(`shape:after-${round}`)
      await waitForRecord(samBoard, `shape:after-${round}`)
    }
    const late = connectClient(balancer.syncUrl, board.id, board.keys.viewer)
    await late.waitSynced()
    await waitFor(() => written.every((key) => late.kv.has(key)), 'every note after the restarts')
  }, 90_000)
})
