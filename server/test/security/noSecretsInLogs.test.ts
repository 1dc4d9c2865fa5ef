import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { WebSocket } from 'ws'
import { expect, onTestFinished, test } from 'vitest'
import { formatDocName, type JoinedBoard, type NewBoardKey } from '@wesee/shared'
import { createBoardOver, requestJson } from '../helpers/api.ts'
import { connectBareClient } from '../helpers/bareClient.ts'
import { startChildServer } from '../helpers/childServer.ts'
import { connectClient, noteRecord } from '../helpers/syncClient.ts'
import { tempDataDir } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

/**
 * A whole session with every log line captured at the most talkative level
 * (LOG_LEVEL=trace): no key, token, join code or note text may appear in it.
 */
test(
  'a session logged at trace level leaves no key, token, join code or note text in the log',
  {
    timeout: 60_000,
  },
  async () => {
    const createToken = 'create-token-Zq8vN3pL6tR1'
    const server = await startChildServer(tempDataDir(), {
      LOG_LEVEL: 'trace',
      WESEE_CREATE_TOKEN: createToken,
    })
    let log = ''
    server.child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()))
    server.child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()))

    const board = await createBoardOver(server.url, 'Logged session', { key: createToken })
    // The join code, looked up right and wrong (a wrong one logs a 404).
    expect((await requestJson(`${server.url}/api/join/${board.joinCode}`)).status).toBe(200)
    const wrongCode = 'QQQ-ZZZ-999'
    expect((await requestJson(`${server.url}/api/join/${wrongCode}`)).status).toBeGreaterThanOrEqual(400)
    const joined = (
      await requestJson(`${server.url}/api/boards/${board.id}/participants`, {
        body: { name: 'Pat' },
        key: board.keys.participant,
      })
    ).body as JoinedBoard
    const noteTexts = ['Secret garden plans 4471', 'Bus route 88 complaint', 'Private thought 9123']

    // Keys and token in the query string (stock clients) ...
    const pat = connectClient(server.syncUrl, board.id, board.keys.participant, { token: joined.token })
    await pat.waitSynced()
    pat.kv.set('shape:a', noteRecord('a', noteTexts[0]))
    await pat.roundTrip()
    // ... and in the Sec-WebSocket-Protocol header (the WeSee client), on Pat's private doc.
    const privateDoc = new Y.Doc()
    const privateProvider = new WebsocketProvider(
      server.syncUrl,
      formatDocName({ boardId: board.id, kind: 'private', participantId: joined.participantId }),
      privateDoc,
      {
        protocols: ['wesee', `key.${board.keys.participant}`, `token.${joined.token}`],
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        disableBc: true,
        shouldReconnect: () => false,
      },
    )
    onTestFinished(() => privateProvider.destroy())
    await waitFor(() => privateProvider.synced, 'the private doc to sync')
    privateDoc.getArray('records').push([{ key: 'shape:p', val: noteRecord('p', noteTexts[2]) }])

    // A hostile stock client writes what the UI never would: the server refuses it, and logs that.
    const hostile = connectBareClient(server.syncUrl, board.id, board.keys.participant)
    await hostile.waitSynced()
    hostile.doc.getArray('records').push([{ key: 'shape:bad', val: { id: 'shape:bad', text: noteTexts[1] } }])
    await hostile.roundTrip()
    await waitFor(() => log.includes('refused part of an update'), 'the refusal in the log')

    // The facilitator reads the board with its key and makes a new participant link.
    const facilitator = { key: board.keys.facilitator }
    expect((await requestJson(`${server.url}/api/boards/${board.id}/summary`, facilitator)).status).toBe(200)
    const fresh = (
      await requestJson(`${server.url}/api/boards/${board.id}/keys/participant`, {
        ...facilitator,
        body: {},
      })
    ).body as NewBoardKey
    const withNewKey = connectClient(server.syncUrl, board.id, fresh.key, { token: joined.token })
    await withNewKey.waitSynced()
    // A wrong key, as a guesser would send it.
    const guessedKey = 'guessed-key-Kx2Vb7Nq'
    expect((await requestJson(`${server.url}/api/boards/${board.id}`, { key: guessedKey })).status).toBe(401)

    await server.kill('SIGTERM')

    const lines = log.split('\n').filter((line) => line.trim() !== '')
    // The log is JSON lines, with request ids and board ids: so the test reads a real log.
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(
      entries.some((entry) => entry.msg === 'request' && entry.boardId === board.id && entry.reqId),
    ).toBe(true)
    expect(entries.some((entry) => entry.path === '/api/join/:code')).toBe(true)
    const secrets = {
      facilitatorKey: board.keys.facilitator,
      participantKey: board.keys.participant,
      viewerKey: board.keys.viewer,
      newParticipantKey: fresh.key,
      guessedKey,
      token: joined.token,
      joinCode: board.joinCode,
      wrongCode,
      createToken,
      ...Object.fromEntries(noteTexts.map((text, i) => [`note${i}`, text])),
    }
    for (const [name, secret] of Object.entries(secrets)) {
      expect(log.includes(secret), `${name} appears in the log`).toBe(false)
      expect(log.includes(encodeURIComponent(secret)), `${name} (URL-encoded) appears in the log`).toBe(false)
    }
  },
)
