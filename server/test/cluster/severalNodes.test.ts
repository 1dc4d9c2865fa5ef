import { expect, test } from 'vitest'
import { configFromEnv } from '../../src/config.ts'
import { formatDocName } from '@wesee/shared'
import { requestJson } from '../helpers/api.ts'
import { connectControl, joinAs, sendCommand } from '../helpers/stageCommands.ts'
import { connectClient, waitForRecord } from '../helpers/syncClient.ts'
import { noteIn, weSeeFrame } from '../helpers/voting.ts'
import { withClusterDatabase } from './clusterDatabase.ts'
import { startInProcessCluster } from './clusterNodes.ts'

withClusterDatabase('Several nodes on one PostgreSQL', (freshDatabase) => {
  test('two people on one board through different nodes see each other’s notes, votes and stage changes', async () => {
    const { nodes, createBoard } = await startInProcessCluster(freshDatabase, 3)
    const [a, b, c] = nodes as [(typeof nodes)[0], (typeof nodes)[0], (typeof nodes)[0]]
    const board = await createBoard(a, 'exploration')
    const fran = await joinAs(b, board, board.keys.facilitator, 'Fran')
    const sam = await joinAs(c, board, board.keys.participant, 'Sam')

    // Fran on node b, Sam on node c: one board, one owner, whichever node each reached.
    const franBoard = connectClient(b.syncUrl, board.id, board.keys.facilitator, { token: fran.token })
    const samBoard = connectClient(c.syncUrl, board.id, board.keys.participant, { token: sam.token })
    await Promise.all([franBoard.waitSynced(), samBoard.waitSynced()])
    samBoard.kv.set('shape:sam-1', noteIn(weSeeFrame, 'sam-1', 'More buses', 100, 400))
    franBoard.kv.set('shape:fran-1', noteIn(weSeeFrame, 'fran-1', 'Kind drivers', 100, 420))
    await Promise.all([waitForRecord(franBoard, 'shape:sam-1'), waitForRecord(samBoard, 'shape:fran-1')])

    // A stage change sent to node a reaches Sam's control doc on node c.
    const samControl = await connectControl(c, board, board.keys.participant)
    const moved = await sendCommand(a, board, board.keys.facilitator, {
      type: 'stage.set',
      stage: 'exploration',
      step: 'we-see',
    })
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
    await samControl.waitUntil((s) => s.stage?.step === 'we-see', 'the we-see step on node c')

    // A vote started on node b, cast on node c, revealed on node a.
    expect((await sendCommand(b, board, board.keys.facilitator, { type: 'vote.start' })).status).toBe(200)
    const cast = await sendCommand(
      c,
      board,
      board.keys.participant,
      { type: 'vote.cast', shapeId: 'shape:fran-1' },
      sam.token,
    )
    expect(cast.status, JSON.stringify(cast.body)).toBe(200)
    await samControl.waitUntil((s) => s.vote?.voterCount === 1, 'one voter on node c')
    expect((await sendCommand(a, board, board.keys.facilitator, { type: 'vote.end' })).status).toBe(200)
    expect((await sendCommand(a, board, board.keys.facilitator, { type: 'vote.reveal' })).status).toBe(200)
    const seen = await samControl.waitUntil((s) => s.vote?.revealed === true, 'the revealed vote on node c')
    expect(seen.vote?.tally?.notes.find((n) => n.shapeId === 'shape:fran-1')?.votes).toBe(1)

    // Exactly one node loaded the board's docs: every other one handed its requests on.
    const loaders = nodes.filter((node) =>
      node.server.registry.loadedRooms().some((room) => room.boardId === board.id),
    )
    expect(loaders).toHaveLength(1)
  })

  test('a node that starts leaves alone the visits of people on boards another node serves', async () => {
    // A crash repair at start-up would end every open visit in the database: on a cluster, Sam's, while Sam is still here.
    const cluster = await startInProcessCluster(freshDatabase, 1)
    const owner = cluster.nodes[0]!
    const board = await cluster.createBoard(owner)
    const sam = await joinAs(owner, board, board.keys.participant, 'Sam')
    const samBoard = connectClient(owner.syncUrl, board.id, board.keys.participant, { token: sam.token })
    await samBoard.waitSynced()
    const kinds = async () =>
      (
        await cluster.db
          .pool()
          .query<{ kind: string }>(
            'SELECT kind FROM presence_events WHERE participant_id = $1 ORDER BY seq',
            [sam.participantId],
          )
      ).rows.map((row) => row.kind)
    for (const deadline = Date.now() + 5_000; (await kinds()).length === 0;) {
      if (Date.now() > deadline) throw new Error('Sam’s arrival was never stored')
      await new Promise((resolve) => setTimeout(resolve, 20))
    }

    const joining = await cluster.addNode()
    // Asked through the new node, the board is still the owner's, and Sam is still here.
    expect(
      (await requestJson(`${joining.url}/api/boards/${board.id}`, { key: board.keys.participant })).status,
    ).toBe(200)
    expect(await kinds()).toEqual(['arrive'])
  })

  test('a private doc still reaches only its owner, whichever node anyone asks', async () => {
    const { nodes, createBoard } = await startInProcessCluster(freshDatabase, 3)
    const [a, b, c] = nodes as [(typeof nodes)[0], (typeof nodes)[0], (typeof nodes)[0]]
    const board = await createBoard(a, 'exploration')
    const sam = await joinAs(b, board, board.keys.participant, 'Sam')
    const pat = await joinAs(c, board, board.keys.participant, 'Pat')
    const samsDoc = formatDocName({ boardId: board.id, kind: 'private', participantId: sam.participantId })
    const own = connectClient(b.syncUrl, board.id, board.keys.participant, {
      docName: samsDoc,
      token: sam.token,
    })
    await own.waitSynced()
    own.kv.set('shape:secret', noteIn('page:page', 'secret', 'Only mine'))
    await own.roundTrip()
    // Pat, through another node, with a valid token of their own: refused, 4403.
    const peek = connectClient(c.syncUrl, board.id, board.keys.participant, {
      docName: samsDoc,
      token: pat.token,
    })
    const closed = await new Promise<number>((resolve) =>
      peek.provider.on('connection-close', (event) => resolve(event?.code ?? 0)),
    )
    expect(closed).toBe(4403)
    expect(peek.kv.has('shape:secret')).toBe(false)
    // Sam again, through the third node, sees their note.
    const again = connectClient(a.syncUrl, board.id, board.keys.participant, {
      docName: samsDoc,
      token: sam.token,
    })
    await waitForRecord(again, 'shape:secret')
  })

  test('a handed-on request keeps the client’s address for rate limits; a visitor cannot claim one', async () => {
    const { nodes, createBoard } = await startInProcessCluster(freshDatabase, 2, {
      // Node 1 sits behind a proxy it trusts; node 0 trusts no one, so it can only learn an address from a node.
      perNode: (index) => ({
        trustProxy: index === 1 ? 'loopback' : false,
        limits: { ...configFromEnvLimits(), maxJoinsPerIpPerMinute: 2 },
      }),
    })
    const [owner, other] = nodes as [(typeof nodes)[0], (typeof nodes)[0]]
    const board = await createBoard(owner)
    // The owner takes the board first.
    expect(
      (await requestJson(`${owner.url}/api/boards/${board.id}`, { key: board.keys.participant })).status,
    ).toBe(200)
    const join = (node: (typeof nodes)[0], headers: Record<string, string>) =>
      requestJson(`${node.url}/api/boards/${board.id}/participants`, {
        key: board.keys.participant,
        body: { name: 'Someone' },
        headers,
      })
    const from = (address: string) => ({ 'x-forwarded-for': address })
    expect((await join(other, from('10.0.0.1'))).status).toBe(201)
    expect((await join(other, from('10.0.0.1'))).status).toBe(201)
    expect((await join(other, from('10.0.0.1'))).status).toBe(429)
    // Another client behind the same proxy has a budget of its own, though both reach the owner from node 1.
    expect((await join(other, from('10.0.0.2'))).status).toBe(201)
    // A visitor sending the nodes' header without the secret (or with a wrong one) is counted as itself.
    const spoof = (address: string) => ({
      'x-wesee-client-address': address,
      'x-wesee-forwarded-by': 'node-x',
      'x-wesee-cluster-secret': 'not-the-secret-but-long-enough-to-look-right',
    })
    expect((await join(owner, spoof('10.9.0.1'))).status).toBe(201)
    expect((await join(owner, spoof('10.9.0.2'))).status).toBe(201)
    expect((await join(owner, spoof('10.9.0.3'))).status).toBe(429)
  })
})

function configFromEnvLimits() {
  return configFromEnv({}).limits
}
