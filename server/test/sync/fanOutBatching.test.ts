import type { Socket } from 'node:net'
import { formatDocName } from '@wesee/shared'
import type { WebSocket } from 'ws'
import { expect, test } from 'vitest'
import { docUrl } from '../helpers/rawSocket.ts'
import { joinAs } from '../helpers/stageCommands.ts'
import { connectClient, noteRecord, recordsJson, type SyncClient } from '../helpers/syncClient.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'
import { connectWiretap } from '../helpers/wiretap.ts'

/**
 * Runs `write` with the client's socket corked, so every update it sends
 * leaves in one TCP write and the server reads them all in the same tick.
 */
function inOneBurst(client: SyncClient, write: () => void): void {
  const tcp = (client.provider.ws as unknown as { _socket: Socket })._socket
  tcp.cork()
  try {
    write()
  } finally {
    tcp.uncork()
  }
}

function socketOf(client: SyncClient): WebSocket {
  return client.provider.ws as unknown as WebSocket
}

/** Counts the doc update messages (sync type 2) a client receives from now on. */
function countUpdateMessages(client: SyncClient): { count: number } {
  const counter = { count: 0 }
  // The provider reads its socket as ArrayBuffers.
  socketOf(client).on('message', (data: ArrayBuffer) => {
    const bytes = new Uint8Array(data)
    if (bytes[0] === 0 && bytes[1] === 2) counter.count++
  })
  return counter
}

test('updates that arrive in the same tick go out as one merged message, and everyone converges', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const a = connectClient(server.syncUrl, board.id, board.keys.participant)
  const b = connectClient(server.syncUrl, board.id, board.keys.participant)
  const readers = Array.from({ length: 3 }, () => connectClient(server.syncUrl, board.id, board.keys.viewer))
  await Promise.all([a, b, ...readers].map((client) => client.waitSynced()))
  const received = readers.map(countUpdateMessages)
  const receivedByA = countUpdateMessages(a)

  // 20 updates from A (one transaction each, so 20 messages) and 20 from B, read together.
  inOneBurst(a, () => {
    inOneBurst(b, () => {
      for (let i = 0; i < 20; i++) {
        a.kv.set(`shape:a-${i}`, noteRecord(`a-${i}`, `From A ${i}`))
        b.kv.set(`shape:b-${i}`, noteRecord(`b-${i}`, `From B ${i}`))
      }
    })
  })

  const expected = (client: SyncClient) =>
    Array.from({ length: 20 }, (_, i) => [`shape:a-${i}`, `shape:b-${i}`]).every(([x, y]) =>
      [x, y].every((key) => client.kv.has(key!)),
    )
  await waitFor(() => [a, b, ...readers].every(expected), 'every client to hold all 40 notes')
  for (const client of [b, ...readers]) expect(recordsJson(client.doc)).toBe(recordsJson(a.doc))
  // Unbatched, each reader would get 40 messages; batched, a handful at most.
  for (const counter of received) {
    expect(counter.count).toBeGreaterThanOrEqual(1)
    expect(counter.count).toBeLessThanOrEqual(4)
  }
  // A hears B's updates (merged), never its own back.
  expect(receivedByA.count).toBeGreaterThanOrEqual(1)
  expect(receivedByA.count).toBeLessThanOrEqual(4)
})

test("a hostile client's refused record never reaches anyone, even merged with good updates in the same tick", async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const hostile = connectClient(server.syncUrl, board.id, board.keys.participant)
  const honest = connectClient(server.syncUrl, board.id, board.keys.participant)
  const reader = connectClient(server.syncUrl, board.id, board.keys.viewer)
  await Promise.all([hostile, honest, reader].map((client) => client.waitSynced()))
  const contentDoc = formatDocName({ boardId: board.id, kind: 'content' })
  const wiretap = await connectWiretap(docUrl(server.syncUrl, contentDoc, board.keys.viewer))
  const before = wiretap.updates.length

  inOneBurst(hostile, () => {
    inOneBurst(honest, () => {
      for (let i = 0; i < 10; i++) {
        honest.kv.set(`shape:good-${i}`, noteRecord(`good-${i}`, `Fine ${i}`))
        hostile.kv.set(`shape:fine-${i}`, noteRecord(`fine-${i}`, `Also fine ${i}`))
        // Refused by the gate: a note whose props tldraw cannot read.
        hostile.kv.set(`shape:bad-${i}`, { ...noteRecord(`bad-${i}`), props: { text: '<script>' } })
      }
    })
  })

  const good = Array.from({ length: 10 }, (_, i) => [`shape:good-${i}`, `shape:fine-${i}`]).flat()
  await waitFor(() => good.every((key) => reader.kv.has(key)), 'the good notes to reach the reader')
  await waitFor(
    () => Array.from({ length: 10 }, (_, i) => `shape:bad-${i}`).every((key) => !hostile.kv.has(key)),
    'the hostile client to be put right',
  )
  await wiretap.roundTrip()
  await honest.roundTrip()

  const sawBad = wiretap.saw(({ value }) => JSON.stringify(value ?? null).includes('shape:bad-'))
  expect(sawBad).toBe(false)
  for (const key of good)
    expect(
      wiretap.doc
        .getArray('records')
        .toJSON()
        .some((e) => e.key === key),
    ).toBe(true)
  expect([...reader.seenKeys].some((key) => key.startsWith('shape:bad-'))).toBe(false)
  expect([...honest.seenKeys].some((key) => key.startsWith('shape:bad-'))).toBe(false)
  // Batched: far fewer messages than the 30 updates sent (the last is the round trip's answer).
  expect(wiretap.updates.length - before).toBeLessThanOrEqual(6)
})

test('presence changes in the same tick go out as one message with the latest state', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const person = await joinAs(server, board, board.keys.participant, 'Mover')
  const mover = connectClient(server.syncUrl, board.id, board.keys.participant, { token: person.token })
  const watcher = connectClient(server.syncUrl, board.id, board.keys.viewer)
  await Promise.all([mover.waitSynced(), watcher.waitSynced()])
  mover.provider.awareness.setLocalStateField('user', { name: 'Mover' })
  await waitFor(() => watcher.provider.awareness.getStates().has(mover.doc.clientID), 'the mover to show')
  let presenceMessages = 0
  socketOf(watcher).on('message', (data: ArrayBuffer) => {
    if (new Uint8Array(data)[0] === 1) presenceMessages++
  })

  // A pointer moved 30 times, each sent on its own.
  inOneBurst(mover, () => {
    for (let x = 1; x <= 30; x++) mover.provider.awareness.setLocalStateField('cursor', { x, y: 0 })
  })

  const cursorAt = () =>
    (watcher.provider.awareness.getStates().get(mover.doc.clientID) as { cursor?: { x: number } } | undefined)
      ?.cursor?.x
  await waitFor(() => cursorAt() === 30, 'the last pointer position to show')
  await watcher.roundTrip()
  expect(presenceMessages).toBeGreaterThanOrEqual(1)
  expect(presenceMessages).toBeLessThanOrEqual(3)
})
