import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { WebSocket, type RawData } from 'ws'
import {
  formatDocName,
  metaMapName,
  privatePreferencesMapName,
  recordsArrayName,
  schemaMetaKey,
} from '@wesee/shared'
import { expect, test } from 'vitest'
import { expectBoardServes, expectHealthy } from '../helpers/boardStillServes.ts'
import { joinPerson } from '../helpers/privateWriting.ts'
import { docUrl } from '../helpers/rawSocket.ts'
import { connectClient, noteRecord } from '../helpers/syncClient.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { connectWiretap } from '../helpers/wiretap.ts'
import { isRecordEntry } from '../../src/rooms/RecordMap.ts'
import { recordProblem } from '../../src/rooms/gate/recordProblem.ts'

const seed = Number(process.env.FUZZ_SEED ?? 0x5eed_2026)
const maxMessages = 3_000
const maxMillis = Number(process.env.FUZZ_MS ?? 35_000)

/** mulberry32: a small seeded PRNG, so a failure can be replayed. */
function prng(start: number): () => number {
  let a = start >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** One hostile socket to one doc, with a local doc it builds its updates from; reconnects when closed. */
class FuzzSocket {
  socket: WebSocket | null = null
  readonly doc = new Y.Doc()
  private pending: Uint8Array[] = []

  constructor(private readonly url: string) {
    this.doc.on('update', (update: Uint8Array) => this.pending.push(update))
  }

  async ensureOpen(): Promise<WebSocket> {
    if (this.socket && this.socket.readyState === WebSocket.OPEN) return this.socket
    const socket = new WebSocket(this.url, { perMessageDeflate: false })
    socket.on('error', () => {})
    socket.on('message', (data: RawData) => {
      try {
        const bytes = Array.isArray(data)
          ? new Uint8Array(Buffer.concat(data))
          : new Uint8Array(data as Buffer)
        const decoder = decoding.createDecoder(bytes)
        if (decoding.readVarUint(decoder) !== 0) return
        const type = decoding.readVarUint(decoder)
        if (type === syncProtocol.messageYjsSyncStep1) return
        // Take the server's state so later updates build on it (without echoing back).
        Y.applyUpdate(this.doc, decoding.readVarUint8Array(decoder), 'server')
      } catch {
        // Whatever the server sends, the fuzzer carries on.
      }
    })
    await new Promise<void>((resolve) => {
      socket.once('open', () => resolve())
      socket.once('close', () => resolve())
    })
    this.socket = socket
    this.pending = []
    return socket
  }

  /** Updates the local doc produced since last asked (its own writes only). */
  takeUpdates(): Uint8Array[] {
    const taken = this.pending
    this.pending = []
    return taken
  }

  async send(message: Uint8Array): Promise<void> {
    const socket = await this.ensureOpen()
    if (socket.readyState !== WebSocket.OPEN) return
    await new Promise<void>((resolve) => socket.send(message, () => resolve()))
  }

  close(): void {
    this.socket?.terminate()
  }
}

function syncMessage(type: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 0)
  encoding.writeVarUint(encoder, type)
  encoding.writeVarUint8Array(encoder, payload)
  return encoding.toUint8Array(encoder)
}

function awarenessMessage(payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 1)
  encoding.writeVarUint8Array(encoder, payload)
  return encoding.toUint8Array(encoder)
}

test('thousands of random and mutated updates and awareness messages: the server never falls over and every board still loads and exports', async () => {
  // The limiter is not what is fuzzed here: let every message reach the rooms.
  const server = await startTestServer({ limits: { maxMessagesPerSecond: 1_000_000 } })
  const boards = [await server.createBoard('Fuzz one'), await server.createBoard('Fuzz two')]
  const random = prng(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
  const int = (n: number) => Math.floor(random() * n)

  const sockets: Array<{ fuzz: FuzzSocket; kind: 'content' | 'private' }> = []
  const taps = []
  for (const board of boards) {
    const content = formatDocName({ boardId: board.id, kind: 'content' })
    taps.push(await connectWiretap(docUrl(server.syncUrl, content, board.keys.viewer)))
    const person = await joinPerson(server.url, board, board.keys.participant, { name: 'Fuzz' })
    const privateDoc = formatDocName({
      boardId: board.id,
      kind: 'private',
      participantId: person.participantId,
    })
    sockets.push({
      fuzz: new FuzzSocket(docUrl(server.syncUrl, content, board.keys.participant)),
      kind: 'content',
    })
    sockets.push({
      fuzz: new FuzzSocket(docUrl(server.syncUrl, content, board.keys.viewer)),
      kind: 'content',
    })
    sockets.push({
      fuzz: new FuzzSocket(
        `${docUrl(server.syncUrl, privateDoc, person.key)}&token=${encodeURIComponent(person.token)}`,
      ),
      kind: 'private',
    })
  }

  const junkValues = (): unknown[] => [
    null,
    int(1000),
    'words',
    [],
    { key: `shape:${int(50)}` },
    { key: `shape:${int(50)}`, val: null },
    { key: `shape:${int(50)}`, val: noteRecord(`other-${int(50)}`) },
    { key: `shape:${int(50)}`, val: { ...noteRecord(`x`), id: `shape:${int(50)}`, props: { text: int(5) } } },
    { key: 'instance:instance', val: { id: 'instance:instance', typeName: 'instance' } },
  ]
  const localEdit = (doc: Y.Doc, kind: 'content' | 'private') => {
    const records = doc.getArray<unknown>(recordsArrayName)
    switch (int(9)) {
      case 0:
      case 1: {
        const id = `fz-${int(200)}`
        records.push([{ key: `shape:${id}`, val: noteRecord(id, `Fuzz ${int(1e6)}`) }])
        return
      }
      case 2:
        records.push([pick(junkValues())])
        return
      case 3:
        if (records.length > 0) records.delete(int(records.length), 1)
        return
      case 4:
        doc.getMap(pick(['junk', 'other', 'x'])).set(`k${int(20)}`, 'x'.repeat(int(5000)))
        return
      case 5:
        if (kind === 'content')
          doc.getMap(metaMapName).set(pick([schemaMetaKey, 'extra']), { schemaVersion: int(3) })
        else
          doc
            .getMap(privatePreferencesMapName)
            .set(pick(['shareWithoutName', 'waitingToShare', 'x']), pick([true, 1, 'y']))
        return
      case 6: {
        const nested = new Y.Map<unknown>()
        nested.set('key', 'shape:nested')
        records.push([nested])
        return
      }
      case 7:
        doc.getText('text').insert(0, 'hello')
        return
      default:
        doc.getXmlFragment('xml').insert(0, [new Y.XmlText('x')])
    }
  }
  const mutate = (bytes: Uint8Array): Uint8Array => {
    const copy = new Uint8Array(bytes)
    switch (int(3)) {
      case 0:
        for (let i = 0; i < 1 + int(4); i++) if (copy.length > 0) copy[int(copy.length)] = int(256)
        return copy
      case 1:
        return copy.subarray(0, int(copy.length + 1))
      default: {
        const extra = Uint8Array.from({ length: int(16) }, () => int(256))
        const joined = new Uint8Array(copy.length + extra.length)
        joined.set(copy.subarray(0, int(copy.length + 1)))
        joined.set(extra, Math.min(copy.length, joined.length - extra.length))
        return joined
      }
    }
  }
  const awarenessPayload = (): Uint8Array => {
    const encoder = encoding.createEncoder()
    const count = 1 + int(3)
    encoding.writeVarUint(encoder, count)
    for (let i = 0; i < count; i++) {
      encoding.writeVarUint(encoder, int(2 ** 30))
      encoding.writeVarUint(encoder, int(100))
      encoding.writeVarString(
        encoder,
        pick(['null', '{}', '{"user":{"id":"someone"}}', 'not json', `"${'x'.repeat(int(2000))}"`]),
      )
    }
    return encoding.toUint8Array(encoder)
  }

  const started = Date.now()
  let sent = 0
  while (sent < maxMessages && Date.now() - started < maxMillis) {
    const { fuzz, kind } = pick(sockets)
    await fuzz.ensureOpen()
    const roll = random()
    let message: Uint8Array
    if (roll < 0.4) {
      localEdit(fuzz.doc, kind)
      const updates = fuzz.takeUpdates()
      message = syncMessage(
        syncProtocol.messageYjsUpdate,
        updates.length > 0 ? Y.mergeUpdates(updates) : new Uint8Array([0, 0]),
      )
    } else if (roll < 0.6) {
      localEdit(fuzz.doc, kind)
      const update = Y.mergeUpdates(fuzz.takeUpdates().concat([new Uint8Array([0, 0])]))
      message = syncMessage(
        pick([syncProtocol.messageYjsUpdate, syncProtocol.messageYjsSyncStep2]),
        mutate(update),
      )
    } else if (roll < 0.7) {
      message = Uint8Array.from({ length: int(64) }, () => int(256))
    } else if (roll < 0.85) {
      const payload = random() < 0.5 ? awarenessPayload() : mutate(awarenessPayload())
      message = awarenessMessage(payload)
    } else if (roll < 0.95) {
      message = syncMessage(
        syncProtocol.messageYjsSyncStep1,
        random() < 0.5 ? Y.encodeStateVector(fuzz.doc) : mutate(Y.encodeStateVector(fuzz.doc)),
      )
    } else {
      message = syncMessage(syncProtocol.messageYjsSyncStep2, Y.encodeStateAsUpdate(fuzz.doc))
    }
    await fuzz.send(message)
    sent++
  }
  for (const { fuzz } of sockets) fuzz.close()
  expect(sent).toBeGreaterThan(500)

  await expectHealthy(server.url)
  // Everything any observer was sent is a record tldraw accepts, under its own key, in a known root.
  for (const tap of taps) {
    await tap.roundTrip()
    expect(tap.unreadable).toEqual([])
    const bad = tap
      .recordEntries()
      .filter((entry) => !isRecordEntry(entry) || recordProblem(entry.key, entry.val))
    expect(bad).toEqual([])
    expect(
      tap.saw(
        (value) => value.root !== null && value.root !== recordsArrayName && value.root !== metaMapName,
      ),
    ).toBe(false)
  }
  for (const board of boards) await expectBoardServes(server, board)

  const again = await server.restart()
  for (const board of boards) {
    const reader = await expectBoardServes(again, board)
    expect(reader.doc.getArray(recordsArrayName).toArray().every(isRecordEntry)).toBe(true)
    // A stock client can still edit the board after all that.
    const editor = connectClient(again.syncUrl, board.id, board.keys.facilitator)
    await editor.waitSynced()
    editor.kv.set('shape:after-fuzz', noteRecord('after-fuzz', 'Still works'))
    await editor.roundTrip()
    await expect.poll(() => reader.kv.has('shape:after-fuzz')).toBe(true)
  }
}, 90_000)
