import { formatDocName, RefusalCode, WeSeeMessageType, decodeRefusalMessage } from '@wesee/shared'
import { expect, test } from 'vitest'
import { expectBoardSurvivesRestart } from '../helpers/boardStillServes.ts'
import { createBoardOver } from '../helpers/api.ts'
import { docUrl } from '../helpers/rawSocket.ts'
import { connectClient, type SyncClient, type TestRecord } from '../helpers/syncClient.ts'
import { startTestServer, type TestServer } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'
import { connectWiretap } from '../helpers/wiretap.ts'
import { authoredNote, joinWith } from '../revisit/revisitHelpers.ts'

/** A stock client as a joined person, also keeping the refusal messages the server sends it. */
function asPerson(server: TestServer, boardId: string, key: string, token: string) {
  const client = connectClient(server.syncUrl, boardId, key, { token })
  const refusals: Array<{ code: string; message: string; keys: string[] }> = []
  client.provider.messageHandlers[WeSeeMessageType.Refusal] = (_encoder, decoder) => {
    const refusal = decodeRefusalMessage(decoder.arr)
    if (refusal) refusals.push(refusal)
  }
  const refusal = async (code: string, key: string) => {
    await waitFor(() => refusals.some((r) => r.code === code && r.keys.includes(key)), `a refusal ${code}`)
    return refusals.find((r) => r.code === code && r.keys.includes(key))!
  }
  return { ...client, refusals, refusal }
}

async function setUp() {
  const server = await startTestServer()
  const board = await createBoardOver(server.url, 'Ownership', { template: 'exploration' })
  const ana = await joinWith(server, board, { name: 'Annabel', credit: true })
  const ben = await joinWith(server, board, { name: 'Benedict', credit: true })
  const fac = await joinWith(server, board, { name: 'Francesca', credit: true }, board.keys.facilitator)
  const docName = formatDocName({ boardId: board.id, kind: 'content' })
  const tap = await connectWiretap(docUrl(server.syncUrl, docName, board.keys.viewer))
  const a = asPerson(server, board.id, board.keys.participant, ana.token)
  const b = asPerson(server, board.id, board.keys.participant, ben.token)
  const f = asPerson(server, board.id, board.keys.facilitator, fac.token)
  await Promise.all([a.waitSynced(), b.waitSynced(), f.waitSynced()])
  return { server, board, ana, ben, fac, tap, a, b, f }
}

function shapes(client: SyncClient): TestRecord[] {
  return [...client.kv.map.values()].map((entry) => entry.val).filter((r) => r.typeName === 'shape')
}

const meta = (record: TestRecord | undefined) => record?.meta as Record<string, unknown> | undefined

test('the server credits a new note to the connection, never to the name on the wire', async () => {
  const { server, board, ana, ben, tap, a, b } = await setUp()
  // Ben writes a note that claims to be Annabel's.
  b.kv.set('shape:spoof', authoredNote('spoof', 'Words Ben wrote', ana.participantId))
  await waitFor(() => meta(a.kv.get('shape:spoof'))?.authorId === ben.participantId, 'the real author')
  await waitFor(() => meta(b.kv.get('shape:spoof'))?.authorId === ben.participantId, "Ben's screen fixed")
  expect(typeof meta(a.kv.get('shape:spoof'))?.createdAt).toBe('number')
  // Nobody, not even for a moment, saw it credited to Annabel.
  await tap.roundTrip()
  expect(tap.saw(({ value }) => JSON.stringify(value).includes(ana.participantId))).toBe(false)

  // Re-crediting an existing note is put back too.
  const note = b.kv.get('shape:spoof')!
  b.kv.set('shape:spoof', { ...note, meta: { ...meta(note), authorId: ana.participantId } })
  await b.roundTrip()
  await waitFor(() => meta(b.kv.get('shape:spoof'))?.authorId === ben.participantId, 'the stamp kept')

  const summary = await fetch(`${server.url}/api/boards/${board.id}/summary?format=md`, {
    headers: { authorization: `Bearer ${board.keys.viewer}` },
  })
  const md = await summary.text()
  expect(md).toMatch(/Words Ben wrote[^\n]*Benedict/)
  expect(md).not.toMatch(/Words Ben wrote[^\n]*Annabel/)
})

test("a participant cannot rewrite or delete someone else's note, the template or a locked shape", async () => {
  const { server, board, tap, a, b } = await setUp()
  a.kv.set('shape:ana', authoredNote('ana', 'Annabel’s words', null))
  await waitFor(() => b.kv.has('shape:ana'), 'the note to reach Ben')
  const frame = shapes(b).find((s) => s.type === 'frame')!
  const locked = shapes(b).find((s) => s.isLocked === true)!
  expect(frame && locked).toBeTruthy()

  const original = b.kv.get('shape:ana')!
  b.kv.set('shape:ana', { ...original, props: { ...(original.props as object), color: 'red' } })
  const rewrite = await b.refusal(RefusalCode.NotYours, 'shape:ana')
  expect(rewrite.message).toBe('Only the person who wrote this note can change it.')
  b.kv.delete('shape:ana')
  b.kv.delete(frame.id)
  b.kv.set(locked.id, { ...locked, x: 9999 })
  b.kv.set(`${frame.id}`, { ...frame, props: { ...(frame.props as object), name: 'Hacked' } })
  await b.refusal(RefusalCode.OnlyFacilitator, frame.id)
  await b.refusal(RefusalCode.OnlyFacilitator, locked.id)
  // Ben's own screen is put back.
  await waitFor(() => b.kv.get('shape:ana')?.props !== undefined, 'the note back on Ben’s screen')
  expect(b.kv.get('shape:ana')).toEqual(a.kv.get('shape:ana'))
  expect(b.kv.get(frame.id)).toEqual(frame)
  expect(b.kv.get(locked.id)).toEqual(locked)
  // Unlocking is the facilitator's alone.
  const mine = a.kv.get('shape:ana')!
  a.kv.set('shape:ana', { ...mine, isLocked: true })
  await a.refusal(RefusalCode.LockIsFacilitators, 'shape:ana')

  // Nobody else ever saw the refused state: no "Hacked", no red note, no deletion.
  await tap.roundTrip()
  expect(tap.saw(({ value }) => JSON.stringify(value ?? null).includes('Hacked'))).toBe(false)
  expect(tap.saw(({ value }) => JSON.stringify(value ?? null).includes('"color":"red"'))).toBe(false)
  const tapped = (key: string) =>
    tap.doc
      .getArray<{ key: string; val: TestRecord }>('records')
      .toArray()
      .find((e) => e.key === key)?.val
  expect(tapped('shape:ana')).toEqual(a.kv.get('shape:ana'))
  expect(tapped(frame.id)).toEqual(frame)
  expect(tap.refusals).toEqual([])

  const { reader } = await expectBoardSurvivesRestart(server, board)
  expect(reader.kv.get(frame.id)).toEqual(frame)
  expect(reader.kv.has('shape:ana')).toBe(true)
})

test("anyone may move someone else's note into a cluster; the facilitator may do everything", async () => {
  const { a, b, f } = await setUp()
  a.kv.set('shape:ana', authoredNote('ana', 'Bus is late', null))
  await waitFor(() => b.kv.has('shape:ana') && f.kv.has('shape:ana'), 'the note everywhere')
  const frame = shapes(b).find((s) => s.type === 'frame')!
  const note = b.kv.get('shape:ana')!
  const moved = { ...note, x: 420, y: 310, rotation: 0.1, parentId: frame.id, index: 'a9' }
  b.kv.set('shape:ana', moved)
  await waitFor(() => a.kv.get('shape:ana')?.parentId === frame.id, 'the move to reach Annabel')
  expect(a.kv.get('shape:ana')).toEqual(moved)
  expect(b.refusals).toEqual([])

  // The facilitator renames a frame, unlocks a prompt and deletes a participant's note.
  f.kv.set(frame.id, { ...frame, props: { ...(frame.props as object), name: 'Our ideas' } })
  const locked = shapes(f).find((s) => s.isLocked === true)!
  f.kv.set(locked.id, { ...locked, isLocked: false })
  f.kv.delete('shape:ana')
  await waitFor(() => !a.kv.has('shape:ana'), 'the delete to reach Annabel')
  await waitFor(() => (a.kv.get(frame.id)?.props as { name: string }).name === 'Our ideas', 'the rename')
  expect(a.kv.get(locked.id)?.isLocked).toBe(false)
  expect(f.refusals).toEqual([])
})

test('a participant may change and delete their own note', async () => {
  const { a, b } = await setUp()
  a.kv.set('shape:mine', authoredNote('mine', 'First try', null))
  await waitFor(() => b.kv.has('shape:mine'), 'the note to reach Ben')
  const note = a.kv.get('shape:mine')!
  a.kv.set('shape:mine', { ...note, props: { ...(note.props as object), color: 'blue' } })
  await waitFor(() => (b.kv.get('shape:mine')?.props as { color: string }).color === 'blue', 'the change')
  a.kv.delete('shape:mine')
  await waitFor(() => !b.kv.has('shape:mine'), 'the delete')
  expect(a.refusals).toEqual([])
})
