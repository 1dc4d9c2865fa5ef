import {
  cardEveryMs,
  formatDocName,
  helpRequestsMapName,
  maxHelpRequests,
  type HelpRequest,
} from '@wesee/shared'
import { expect, onTestFinished, test, vi } from 'vitest'
import WebSocket from 'ws'
import { expectApiError } from '../helpers/api.ts'
import { docUrl } from '../helpers/rawSocket.ts'
import { connectClient } from '../helpers/syncClient.ts'
import { startTestServer, type TestServer } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'
import { connectWiretap } from '../helpers/wiretap.ts'
import { roomOf } from './voicesHelpers.ts'

/** Times and join codes differ run to run; who sent a card must not. */
function normalised(json: unknown): string {
  return JSON.stringify(json, (key, value: unknown) => {
    if (typeof value === 'number' && /at$|At$/.test(key)) return 0
    if (key === 'code') return 'CODE'
    return value
  })
}

/** One run: Ada and Ben join; `sender` holds up "Plain words" and "Slow down". */
async function runWith(server: TestServer, sender: 'Ada' | 'Ben') {
  const room = await roomOf(server)
  const people = { Ada: await room.arrive('Ada'), Ben: await room.arrive('Ben') }
  const facilitatorView = connectClient(server.syncUrl, room.board.id, room.board.keys.facilitator, {
    docName: formatDocName({ boardId: room.board.id, kind: 'control' }),
  })
  await facilitatorView.waitSynced()
  for (const kind of ['plain-words', 'slow-down']) {
    const answer = await room.as(people[sender], { type: 'signal.send', kind })
    expect(answer.status).toBe(200)
    expect(answer.body).toMatchObject({ delivered: 'shown' })
  }
  await room.control.waitUntil((s) => s.cards.last?.count === 2, 'two cards')
  await facilitatorView.roundTrip()
  const snapshot = room.control.snapshot()
  // Only what the cards wrote: the people differ between runs by id, so leave them out.
  const state = facilitatorView.doc.getMap('state').toJSON() as Record<string, unknown>
  return {
    cards: normalised(snapshot.cards),
    facilitatorState: normalised(state),
    json: JSON.stringify(state),
    ids: [people.Ada.participantId, people.Ben.participantId],
  }
}

test('"Plain words" and "Slow down" look the same whoever held them up, to everyone, the facilitator included', async () => {
  const server = await startTestServer()
  const byAda = await runWith(server, 'Ada')
  const byBen = await runWith(server, 'Ben')
  expect(byAda.cards).toBe(byBen.cards)
  expect(byAda.facilitatorState).toBe(byBen.facilitatorState)
  for (const run of [byAda, byBen]) for (const id of run.ids) expect(run.json).not.toContain(id)
  expect(JSON.parse(byAda.cards)).toMatchObject({ last: { kind: 'slow-down', count: 2 } })
  await server.close()
})

test('a card can be held up again only after a short while, and only by someone who joined', async () => {
  const server = await startTestServer()
  const room = await roomOf(server)
  const ada = await room.arrive('Ada')
  expect((await room.as(ada, { type: 'signal.send', kind: 'plain-words' })).status).toBe(200)
  const again = expectApiError(
    await room.as(ada, { type: 'signal.send', kind: 'plain-words' }),
    429,
    'too_many',
  )
  expect(again.error.message).toMatch(/a moment ago/)
  expect((await room.as(ada, { type: 'signal.send', kind: 'slow-down' })).status).toBe(200)
  expectApiError(await room.viewer({ type: 'signal.send', kind: 'plain-words' }), 403, 'forbidden')
  expectApiError(await room.facilitator({ type: 'signal.send', kind: 'plain-words' }), 401, 'unauthorized')
  expectApiError(await room.as(ada, { type: 'signal.send', kind: 'shout' }), 400, 'bad_request')
  expectApiError(await room.as(ada, { type: 'signal.send' }), 400, 'bad_request')
  await server.close()
})

test('"I need a break" reaches only the facilitator, with who sent it; no one else can see or open it', async () => {
  const server = await startTestServer()
  const room = await roomOf(server)
  const [ada, ben] = [await room.arrive('Ada'), await room.arrive('Ben')]
  const controlName = formatDocName({ boardId: room.board.id, kind: 'control' })
  const facilitatorName = formatDocName({ boardId: room.board.id, kind: 'facilitator' })
  const taps = await Promise.all([
    connectWiretap(`${docUrl(server.syncUrl, controlName, room.board.keys.participant)}&token=${ben.token}`),
    connectWiretap(docUrl(server.syncUrl, controlName, room.board.keys.viewer)),
    connectWiretap(
      `${docUrl(server.syncUrl, formatDocName({ boardId: room.board.id, kind: 'content' }), room.board.keys.participant)}&token=${ben.token}`,
    ),
  ])
  const facilitator = connectClient(server.syncUrl, room.board.id, room.board.keys.facilitator, {
    docName: facilitatorName,
  })
  await facilitator.waitSynced()
  const requests = facilitator.doc.getMap<HelpRequest>(helpRequestsMapName)

  const sent = await room.as(ada, { type: 'signal.send', kind: 'need-a-break' })
  expect(sent.status).toBe(200)
  expect(sent.body).toMatchObject({ delivered: 'sent' })
  expect(JSON.stringify(sent.body)).not.toContain('need-a-break')
  expect((await room.as(ben, { type: 'signal.send', kind: 'need-help' })).status).toBe(200)
  await waitFor(() => requests.size === 2, 'both at the facilitator')
  const fromAda = [...requests.values()].find((request) => request.participantId === ada.participantId)!
  expect(fromAda).toMatchObject({ kind: 'need-a-break', seenAt: null })

  for (const tap of taps) {
    await tap.roundTrip()
    expect(tap.saw((value) => JSON.stringify(value).includes('need-'))).toBe(false)
  }
  expect(JSON.stringify(room.control.snapshot())).not.toContain('need-')

  // Nobody but the facilitator's key opens the facilitator's doc.
  for (const url of [
    `${docUrl(server.syncUrl, facilitatorName, room.board.keys.participant)}&token=${ada.token}`,
    docUrl(server.syncUrl, facilitatorName, room.board.keys.viewer),
  ]) {
    const code = await new Promise<number>((resolve) => {
      const socket = new WebSocket(url)
      socket.on('close', (closeCode) => resolve(closeCode))
      socket.on('error', () => {})
    })
    expect(code).toBe(4403)
  }

  // A stock client with the facilitator's key still cannot write there.
  requests.set('forged', { ...fromAda, id: 'forged' })
  await facilitator.roundTrip()
  const fresh = connectClient(server.syncUrl, room.board.id, room.board.keys.facilitator, {
    docName: facilitatorName,
  })
  await fresh.waitSynced()
  expect(fresh.doc.getMap(helpRequestsMapName).has('forged')).toBe(false)

  // The facilitator marks it seen; only they can.
  expectApiError(await room.as(ben, { type: 'signal.seen', id: fromAda.id }), 403, 'forbidden')
  expectApiError(await room.facilitator({ type: 'signal.seen', id: 'nothing-here' }), 404, 'not_found')
  expect((await room.facilitator({ type: 'signal.seen', id: fromAda.id })).status).toBe(200)
  await waitFor(
    () => fresh.doc.getMap<HelpRequest>(helpRequestsMapName).get(fromAda.id)?.seenAt !== null,
    'seen',
  )
  await server.close()
})

test('one person asking again and again cannot push someone else\'s "I need help" out of the facilitator\'s doc', async () => {
  // The server's clock, moved on by hand so the same card may be held up again at once.
  let later = 0
  const realNow = Date.now.bind(Date)
  const clock = vi.spyOn(Date, 'now').mockImplementation(() => realNow() + later)
  onTestFinished(() => clock.mockRestore())
  const server = await startTestServer()
  const room = await roomOf(server)
  const [ada, mal] = [await room.arrive('Ada'), await room.arrive('Mal')]
  const facilitator = connectClient(server.syncUrl, room.board.id, room.board.keys.facilitator, {
    docName: formatDocName({ boardId: room.board.id, kind: 'facilitator' }),
  })
  await facilitator.waitSynced()
  const requests = facilitator.doc.getMap<HelpRequest>(helpRequestsMapName)
  expect((await room.as(ada, { type: 'signal.send', kind: 'need-help' })).status).toBe(200)
  for (let i = 0; i <= maxHelpRequests; i++) {
    later += cardEveryMs
    for (const kind of ['need-help', 'need-a-break']) {
      expect((await room.as(mal, { type: 'signal.send', kind })).status).toBe(200)
    }
  }
  await facilitator.roundTrip()
  const unseen = [...requests.values()]
  // Mal's cards are each one request, asked again: Ada's is still there to be seen.
  expect(unseen.filter((request) => request.participantId === ada.participantId)).toHaveLength(1)
  expect(unseen.filter((request) => request.participantId === mal.participantId)).toHaveLength(2)
  expect(Math.max(...unseen.map((request) => request.at))).toBeGreaterThan(realNow() + cardEveryMs)
  await server.close()
})
