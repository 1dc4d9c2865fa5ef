import type { readControlSnapshot } from '@wesee/shared'
import { type JoinedBoard } from '@wesee/shared'
import { describe, expect, it } from 'vitest'
import { expectApiError, requestJson } from '../helpers/api.ts'
import { connectControl, sendCommand } from '../helpers/stageCommands.ts'
import { startTestServer, type TestServer } from '../helpers/testServer.ts'

function join(server: TestServer, boardId: string, key: string, body: unknown) {
  return requestJson(`${server.url}/api/boards/${boardId}/participants`, { body, key })
}

describe('POST /api/boards/:id/participants', () => {
  it('gives a participant an id and a secret token, and shows their profile (never the token) to everyone', async () => {
    const server = await startTestServer()
    const board = await server.createBoard()
    const response = await join(server, board.id, board.keys.participant, {
      name: 'Sam',
      avatar: '1F431',
      credit: true,
    })
    expect(response.status).toBe(201)
    const joined = response.body as JoinedBoard
    expect(joined.participantId).toMatch(/^[\w-]{16,}$/)
    expect(joined.token).toMatch(/^[\w-]{32,}$/)

    const viewer = await connectControl(server, board, board.keys.viewer)
    const snapshot = await viewer.waitUntil((s) => s.participants.length === 1, 'the profile')
    expect(snapshot.participants[0]).toMatchObject({
      id: joined.participantId,
      name: 'Sam',
      avatar: '1F431',
      anonymous: false,
      credit: true,
      isFacilitator: false,
    })
    expect(JSON.stringify(viewer.client.doc.toJSON())).not.toContain(joined.token)
  })

  it('joining without a name keeps the name off the board and never credits by name', async () => {
    const server = await startTestServer()
    const board = await server.createBoard()
    const response = await join(server, board.id, board.keys.participant, {
      name: 'Hidden Person',
      anonymous: true,
      credit: true,
      avatar: '1F98A',
    })
    expect(response.status).toBe(201)
    const control = await connectControl(server, board, board.keys.facilitator)
    const snapshot = await control.waitUntil((s) => s.participants.length === 1, 'the profile')
    expect(snapshot.participants[0]).toMatchObject({ name: null, anonymous: true, credit: false })
    expect(JSON.stringify(control.client.doc.toJSON())).not.toContain('Hidden Person')
  })

  it('refuses bad profiles with plain words', async () => {
    const server = await startTestServer()
    const board = await server.createBoard()
    const cases: unknown[] = [
      {},
      { name: '' },
      { name: '   ' },
      { name: 'x'.repeat(41) },
      { name: 'Tab\there' },
      { name: 42 },
      { name: 'Sam', avatar: 'not-a-picture' },
      { name: 'Sam', anonymous: 'yes' },
      { name: 'Sam', credit: 1 },
      [],
    ]
    for (const body of cases) {
      const error = expectApiError(
        await join(server, board.id, board.keys.participant, body),
        400,
        'bad_request',
      )
      expect(error.error.message).not.toMatch(/undefined|Invalid type|Expected/)
    }
    const malformed = await requestJson(`${server.url}/api/boards/${board.id}/participants`, {
      rawBody: '{"name": ',
      key: board.keys.participant,
    })
    expectApiError(malformed, 400, 'invalid_json')
  })

  it('lets no viewer join, refuses wrong keys, and refuses participants while joining is closed', async () => {
    const server = await startTestServer()
    const board = await server.createBoard()
    const other = await server.createBoard()
    expectApiError(await join(server, board.id, board.keys.viewer, { name: 'Vi' }), 403, 'forbidden')
    expectApiError(await join(server, board.id, other.keys.participant, { name: 'Vi' }), 401, 'unauthorized')
    expectApiError(
      await join(server, 'no-such-board-here', board.keys.participant, { name: 'Vi' }),
      404,
      'not_found',
    )
    await sendCommand(server, board, board.keys.facilitator, { type: 'joining.close' })
    const closed = expectApiError(
      await join(server, board.id, board.keys.participant, { name: 'Late' }),
      409,
      'conflict',
    )
    expect(closed.error.reason).toBe('joining_closed')
    // The facilitator can still add themselves (or someone in the room) while it is closed.
    expect((await join(server, board.id, board.keys.facilitator, { name: 'Fran' })).status).toBe(201)
  })

  it('lets a person change their own picture and name, and only with their own token', async () => {
    const server = await startTestServer()
    const board = await server.createBoard()
    const other = await server.createBoard()
    const sam = (await join(server, board.id, board.keys.participant, { name: 'Sam' })).body as JoinedBoard
    const stranger = (await join(server, other.id, other.keys.participant, { name: 'X' })).body as JoinedBoard

    const changed = await sendCommand(
      server,
      board,
      board.keys.participant,
      { type: 'profile.update', name: 'Samira', avatar: '1F41D' },
      sam.token,
    )
    expect(changed.status).toBe(200)
    const state = (changed.body as { state: ReturnType<typeof readControlSnapshot> }).state
    expect(state.participants.find((p) => p.id === sam.participantId)).toMatchObject({
      name: 'Samira',
      avatar: '1F41D',
    })

    expectApiError(
      await sendCommand(server, board, board.keys.participant, { type: 'profile.update', name: 'Nope' }),
      401,
      'unauthorized',
    )
    // A forged token, and a real token from another board, are both refused.
    for (const token of ['forged-token-forged-token-forged!', stranger.token]) {
      expectApiError(
        await sendCommand(
          server,
          board,
          board.keys.participant,
          { type: 'profile.update', name: 'Nope' },
          token,
        ),
        401,
        'unauthorized',
      )
    }
  })
})
