import { describe, expect, it } from 'vitest'
import { sendCommand } from '../helpers/stageCommands.ts'
import { connectClient, noteRecord, waitForRecord } from '../helpers/syncClient.ts'
import { startTestServer } from '../helpers/testServer.ts'

describe('pausing editing (board.lock)', () => {
  it('makes open participant connections read-only live, and unlocking restores them', async () => {
    // A client that wrote during the pause is asked to reconnect on unlock;
    // one that did not is left alone.
    const server = await startTestServer()
    const board = await server.createBoard()
    // Reconnects like a browser does, so the server can ask it to resync.
    const participant = connectClient(server.syncUrl, board.id, board.keys.participant, { reconnect: true })
    const facilitator = connectClient(server.syncUrl, board.id, board.keys.facilitator)
    await Promise.all([participant.waitSynced(), facilitator.waitSynced()])
    let facilitatorCloses = 0
    facilitator.provider.on('connection-close', () => facilitatorCloses++)

    expect((await sendCommand(server, board, board.keys.facilitator, { type: 'board.lock' })).status).toBe(
      200,
    )

    // Written on the same, still-open connection: dropped, never relayed or stored.
    participant.kv.set('shape:while-locked', noteRecord('while-locked'))
    await participant.roundTrip()
    // The facilitator can still write during the pause.
    facilitator.kv.set('shape:by-facilitator', noteRecord('by-facilitator'))
    await waitForRecord(participant, 'shape:by-facilitator')
    await facilitator.roundTrip()
    expect(facilitator.seenKeys.has('shape:while-locked')).toBe(false)
    const room = server.server.registry.get(`${board.id}/content`)
    expect(
      room?.doc
        .getArray('records')
        .toJSON()
        .some((e: { key: string }) => e.key === 'shape:while-locked'),
    ).toBe(false)

    expect((await sendCommand(server, board, board.keys.facilitator, { type: 'board.unlock' })).status).toBe(
      200,
    )
    participant.kv.set('shape:after-unlock', noteRecord('after-unlock'))
    await waitForRecord(facilitator, 'shape:after-unlock')
    // The resync after the pause also delivered what was refused during it,
    // rather than leaving the two docs apart for good.
    await waitForRecord(facilitator, 'shape:while-locked')
    expect(facilitatorCloses).toBe(0)
  })
})
