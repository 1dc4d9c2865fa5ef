import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as decoding from 'lib0/decoding'
import { afterEach, beforeEach, expect, test } from 'vitest'
import * as Y from 'yjs'
import { Role, type CloseCodeName } from '@wesee/shared'
import { Room, type RoomConnection } from '../../src/rooms/Room.ts'
import type { DocLog } from '../../src/storage/DocLog.ts'
import { SqliteBoardStore } from '../../src/storage/SqliteBoardStore.ts'
import { encodeUpdate } from '../../src/sync/protocol.ts'
import { isSyncStep2, syncStep1OfEmptyDoc } from '../helpers/syncMessages.ts'
import { waitFor } from '../helpers/waitFor.ts'

/**
 * The room's storing is async (PostgreSQL is): these tests hold each append
 * open and check that nobody sees an update before its append has resolved,
 * that what arrives together is stored in one transaction, and that a
 * failed append reaches no one.
 */

/** A doc log whose appends wait until the test lets them through, counting the batches. */
class HeldDocLog implements DocLog {
  readonly batches: number[] = []
  private held: Array<() => void> = []
  holding = true
  failNext = false

  constructor(private readonly inner: DocLog) {}

  loadUpdates(doc: string) {
    return this.inner.loadUpdates(doc)
  }
  async appendMany(doc: string, updates: readonly Uint8Array[]) {
    this.batches.push(updates.length)
    if (this.holding) await new Promise<void>((resolve) => this.held.push(resolve))
    if (this.failNext) throw new Error('the database went away')
    await this.inner.appendMany(doc, updates)
  }
  replaceUpdates(doc: string, snapshot: Uint8Array) {
    return this.inner.replaceUpdates(doc, snapshot)
  }
  countUpdates(doc: string) {
    return this.inner.countUpdates(doc)
  }
  get waiting(): number {
    return this.held.length
  }
  release(): void {
    for (const resolve of this.held.splice(0)) resolve()
  }
}

class TestConnection implements RoomConnection {
  readonly received: Uint8Array[] = []
  closedAs: CloseCodeName | null = null
  readonly writer = { role: Role.Facilitator, participantId: null }
  send(message: Uint8Array) {
    this.received.push(message)
  }
  canWrite() {
    return true
  }
  updateDropped() {}
  closeAs(name: CloseCodeName) {
    this.closedAs = name
  }
  presenceIdentity() {
    return null
  }
  /** The doc updates this connection was sent (as relayed updates), in order. */
  relayedUpdates(): Uint8Array[] {
    return this.received.filter((message) => message[0] === 0 && message[1] === 2).map(readPayload)
  }
}

function readPayload(message: Uint8Array): Uint8Array {
  const decoder = decoding.createDecoder(message)
  decoding.readVarUint(decoder)
  decoding.readVarUint(decoder)
  return decoding.readVarUint8Array(decoder)
}

/** A client's change: one key set in the `kv` map, as an update. */
function change(key: string, value: string): Uint8Array {
  const doc = new Y.Doc()
  doc.getMap('kv').set(key, value)
  return Y.encodeStateAsUpdate(doc)
}

const docName = 'board1/control'
let dataDir: string
let store: SqliteBoardStore
let log: HeldDocLog

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wesee-stored-before-seen-'))
  store = new SqliteBoardStore(dataDir)
  log = new HeldDocLog(store.docLog)
})

afterEach(() => {
  store.close()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

async function openRoom(compactAfterUpdates = 1_000): Promise<Room> {
  return Room.load(docName, 'board1', log, compactAfterUpdates)
}

function storedDoc(updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc()
  for (const update of updates) Y.applyUpdate(doc, update)
  return doc
}

test('updates arriving in the same tick are stored in one transaction, and relayed only after it', async () => {
  const room = await openRoom()
  const writer = new TestConnection()
  const reader = new TestConnection()
  room.addConnection(writer)
  room.addConnection(reader)

  for (let i = 0; i < 3; i++) room.receive(writer, encodeUpdate(change(`k${i}`, `v${i}`)))
  await waitFor(() => log.waiting === 1)
  expect(log.batches).toEqual([3])
  expect(reader.relayedUpdates()).toHaveLength(0)
  expect(await store.docLog.countUpdates(docName)).toBe(0)

  log.release()
  await room.settled()
  expect(await store.docLog.countUpdates(docName)).toBe(3)
  const seen = storedDoc(reader.relayedUpdates())
  expect(seen.getMap('kv').toJSON()).toEqual({ k0: 'v0', k1: 'v1', k2: 'v2' })
  // The writer is never sent its own update back.
  expect(writer.relayedUpdates()).toHaveLength(0)
})

test('what arrives while a batch is being stored waits, then goes in the next transaction, in order', async () => {
  const room = await openRoom()
  const writer = new TestConnection()
  const reader = new TestConnection()
  room.addConnection(writer)
  room.addConnection(reader)

  room.receive(writer, encodeUpdate(change('first', '1')))
  await waitFor(() => log.waiting === 1)
  room.receive(writer, encodeUpdate(change('second', '2')))
  room.receive(writer, encodeUpdate(change('third', '3')))
  await new Promise((resolve) => setTimeout(resolve, 20))
  // Still one append under way: the next ones are not stored beside it, nor relayed.
  expect(log.batches).toEqual([1])
  expect(reader.relayedUpdates()).toHaveLength(0)

  log.holding = false
  log.release()
  await room.settled()
  expect(log.batches).toEqual([1, 2])
  // One relayed message per stored batch (the fan-out merges a batch), in the order stored.
  const keysInOrder = reader
    .relayedUpdates()
    .map((update) => Object.keys(storedDoc([update]).getMap('kv').toJSON()).sort())
  expect(keysInOrder).toEqual([['first'], ['second', 'third']])
})

test('a newcomer is sent the doc only once all of it is stored', async () => {
  const room = await openRoom()
  const writer = new TestConnection()
  room.addConnection(writer)
  room.receive(writer, encodeUpdate(change('secret-until-stored', 'x')))
  await waitFor(() => log.waiting === 1)

  const newcomer = new TestConnection()
  room.addConnection(newcomer)
  room.receive(newcomer, syncStep1OfEmptyDoc())
  await new Promise((resolve) => setTimeout(resolve, 20))
  expect(newcomer.received.filter(isSyncStep2)).toHaveLength(0)

  log.release()
  await room.settled()
  await waitFor(() => newcomer.received.some(isSyncStep2))
  const answers = newcomer.received.filter(isSyncStep2)
  expect(answers).toHaveLength(1)
  expect(
    storedDoc([readPayload(answers[0]!)])
      .getMap('kv')
      .get('secret-until-stored'),
  ).toBe('x')
})

test('an update whose append fails reaches no one, and everyone is asked to connect again', async () => {
  const room = await openRoom()
  let broken = false
  room.onBroken = () => (broken = true)
  const writer = new TestConnection()
  const reader = new TestConnection()
  room.addConnection(writer)
  room.addConnection(reader)

  log.failNext = true
  room.receive(writer, encodeUpdate(change('lost', 'never seen')))
  await waitFor(() => log.waiting === 1)
  log.release()
  await waitFor(() => broken)

  expect(reader.relayedUpdates()).toHaveLength(0)
  expect(reader.closedAs).toBe('ConnectAgain')
  expect(writer.closedAs).toBe('ConnectAgain')
  expect(await store.docLog.countUpdates(docName)).toBe(0)
})

test('compaction waits its turn: an update stored around it is never deleted by the snapshot', async () => {
  const room = await openRoom()
  const writer = new TestConnection()
  room.addConnection(writer)
  log.holding = false
  for (let i = 0; i < 5; i++) {
    room.receive(writer, encodeUpdate(change(`before${i}`, 'x')))
    await room.settled()
  }
  log.holding = true
  room.receive(writer, encodeUpdate(change('during', 'x')))
  await waitFor(() => log.waiting === 1)
  const compacted = room.compact()
  room.receive(writer, encodeUpdate(change('after', 'x')))
  log.holding = false
  log.release()
  await compacted
  await room.settled()

  const stored = storedDoc(await store.docLog.loadUpdates(docName))
    .getMap('kv')
    .toJSON()
  expect(Object.keys(stored).sort()).toEqual([
    'after',
    'before0',
    'before1',
    'before2',
    'before3',
    'before4',
    'during',
  ])
  expect(await store.docLog.countUpdates(docName)).toBeLessThanOrEqual(2)
  await room.destroy()
})
