import { expect, test } from 'vitest'
import { createBoardOver, expectApiError } from '../helpers/api.ts'
import {
  command,
  connectPrivate,
  iSeeFrame,
  joinPerson,
  privateNote,
  privateWritingOf,
  sharedNotesOf,
  wordsOf,
  writeNotes,
  youSeeFrame,
  type Person,
  privateCountsOf,
} from '../helpers/privateWriting.ts'
import { connectControl } from '../helpers/stageCommands.ts'
import { connectClient, recordsJson, type TestRecord } from '../helpers/syncClient.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

interface Box {
  id: string
  x: number
  y: number
  w: number
  h: number
}

/** A shape's box in its frame; text is given the room the layout reserves for a name. */
function boxOf(record: TestRecord): Box {
  const shape = record as unknown as {
    id: string
    x: number
    y: number
    type: string
    props: Record<string, number>
  }
  if (shape.type === 'note')
    return { id: shape.id, x: shape.x, y: shape.y, w: 200, h: 200 + shape.props.growY! }
  if (shape.type === 'text') return { id: shape.id, x: shape.x, y: shape.y, w: shape.props.w!, h: 100 }
  return { id: shape.id, x: shape.x, y: shape.y, w: shape.props.w!, h: shape.props.h! }
}

function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}

async function threeWriters() {
  const server = await startTestServer()
  const board = await createBoardOver(server.url, 'Reveal', { template: 'exploration' })
  const facilitator = { key: board.keys.facilitator }
  const people: Person[] = [
    await joinPerson(server.url, board, board.keys.participant, { name: 'Ada', avatar: '1F98A' }),
    await joinPerson(server.url, board, board.keys.participant, { name: 'Bo', avatar: '1F436' }),
    await joinPerson(server.url, board, board.keys.facilitator, { name: 'Fran', avatar: '1F989' }),
  ]
  expect((await command(server.url, board, facilitator, { type: 'private.start' })).status).toBe(200)
  const counts = [3, 1, 2]
  for (const [i, person] of people.entries()) {
    const client = await connectPrivate(server.syncUrl, board, person)
    await writeNotes(
      client,
      Array.from({ length: counts[i]! }, (_, n) =>
        privateNote(`${person.name}-${n}`, `${person.name} note ${n}`, {
          y: 300 + n * 210,
          growY: n === 0 ? 80 : 0,
        }),
      ),
    )
    // Ada and Bo leave before the reveal: their notes are revealed from what the server holds.
    if (i < 2) client.destroy()
  }
  const content = connectClient(server.syncUrl, board.id, board.keys.viewer)
  await content.waitSynced()
  return { server, board, facilitator, people, content }
}

test('the reveal lays out one column per person in "What do you see?", each headed by their picture and name, nothing overlapping', async () => {
  const { server, board, facilitator, people, content } = await threeWriters()
  const response = await command(server.url, board, facilitator, { type: 'private.reveal' })
  expect(response.status).toBe(200)
  expect(response.body).toMatchObject({ revealed: 6 })
  await waitFor(() => sharedNotesOf(content).length === 6, 'six notes revealed')

  const records = [...content.kv.map.values()].map(({ val }) => val)
  const inFrame = records.filter((r) => r.typeName === 'shape' && r.parentId === youSeeFrame)
  const columns = new Map<number, TestRecord[]>()
  for (const shape of inFrame.filter((r) => (r.meta as Record<string, unknown>).privateWriting === true)) {
    const x = (shape as unknown as { x: number }).x
    columns.set(x, [...(columns.get(x) ?? []), shape])
  }
  expect(columns.size).toBe(3)
  for (const person of people) {
    const notes = sharedNotesOf(content).filter((note) => note.meta.authorId === person.participantId)
    expect(new Set(notes.map((note) => note.x)).size).toBe(1)
    const x = notes[0]!.x
    expect(notes.every((note) => wordsOf(note).includes(`${person.name} note`))).toBe(true)
    expect(
      notes.every((note) => note.meta.authorName === person.name && note.meta.authorAvatar === person.avatar),
    ).toBe(true)
    // The header: their picture above their name, at the top of their column.
    const header = inFrame.filter((r) => (r.meta as { privateWritingColumn?: boolean }).privateWritingColumn)
    const picture = header.find((r) => r.type === 'image' && (r as unknown as { x: number }).x === x)!
    expect((picture.props as { assetId: string }).assetId).toBe(`asset:picture-${person.avatar}`)
    expect(content.kv.has(`asset:picture-${person.avatar}`)).toBe(true)
    const name = header.find((r) => r.type === 'text' && (r as unknown as { x: number }).x === x)!
    expect(wordsOf(name)).toContain(`"${person.name}"`)
    expect((picture as unknown as { y: number }).y).toBeLessThan(Math.min(...notes.map((note) => note.y)))
  }
  // Columns go in the order people joined.
  const order = people.map(
    (person) => sharedNotesOf(content).find((n) => n.meta.authorId === person.participantId)!.x,
  )
  expect([...order].sort((a, b) => a - b)).toEqual(order)

  // Nothing overlaps anything in the frame, the template's picture and prompt included.
  const boxes = inFrame.map(boxOf)
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      expect(overlap(boxes[i]!, boxes[j]!), `${boxes[i]!.id} and ${boxes[j]!.id}`).toBe(false)
    }
  }
  // And everything fits in the frame.
  const frame = content.kv.get(youSeeFrame) as unknown as { props: { w: number; h: number } }
  for (const box of boxes) {
    expect(box.x + box.w).toBeLessThanOrEqual(frame.props.w)
    expect(box.y + box.h).toBeLessThanOrEqual(frame.props.h)
  }

  // After the reveal they are ordinary notes: unlocked, and private writing is over.
  expect(sharedNotesOf(content).every((note) => note.isLocked === false)).toBe(true)
  const control = await connectControl(server, board, board.keys.viewer)
  const state = privateWritingOf(control.client.doc)!
  expect(state.active).toBe(false)
  expect(state.revealedAt).toBeGreaterThan(0)
  expect(state.writers).toBe(0)
  expect(Object.values(await privateCountsOf(server.url, board))).toEqual([0, 0, 0])
})

test('revealing twice does not duplicate anything', async () => {
  const { server, board, facilitator, content } = await threeWriters()
  await command(server.url, board, facilitator, { type: 'private.reveal' })
  await waitFor(() => sharedNotesOf(content).length === 6, 'revealed')
  await content.roundTrip()
  const afterFirst = recordsJson(content.doc)

  const again = await command(server.url, board, facilitator, { type: 'private.reveal' })
  expect(again.status).toBe(200)
  expect(again.body).toMatchObject({ revealed: 0 })
  // Two at once, too.
  const both = await Promise.all([
    command(server.url, board, facilitator, { type: 'private.reveal' }),
    command(server.url, board, facilitator, { type: 'private.reveal' }),
  ])
  expect(both.map((r) => r.status)).toEqual([200, 200])
  await content.roundTrip()
  expect(recordsJson(content.doc)).toBe(afterFirst)
  expect(sharedNotesOf(content)).toHaveLength(6)
})

test('two reveals at the same moment share each note exactly once', async () => {
  const { server, board, facilitator, content } = await threeWriters()
  const [one, two] = await Promise.all([
    command(server.url, board, facilitator, { type: 'private.reveal' }),
    command(server.url, board, facilitator, { type: 'private.reveal' }),
  ])
  const revealed = [one, two].map((r) => (r.body as { revealed: number }).revealed).sort()
  expect(revealed).toEqual([0, 6])
  await waitFor(() => sharedNotesOf(content).length === 6, 'revealed')
  await content.roundTrip()
  expect(sharedNotesOf(content)).toHaveLength(6)
})

test('many people: columns wrap into rows and the frame grows, still without overlap', async () => {
  const server = await startTestServer()
  const board = await createBoardOver(server.url, 'Big group', { template: 'exploration' })
  const facilitator = { key: board.keys.facilitator }
  await command(server.url, board, facilitator, { type: 'private.start' })
  for (let i = 0; i < 9; i++) {
    const person = await joinPerson(server.url, board, board.keys.participant, { name: `Person ${i}` })
    const client = await connectPrivate(server.syncUrl, board, person)
    await writeNotes(client, [
      privateNote(`p${i}a`, `note ${i}a`),
      privateNote(`p${i}b`, `note ${i}b`, { y: 700 }),
    ])
  }
  const content = connectClient(server.syncUrl, board.id, board.keys.viewer)
  await content.waitSynced()
  await command(server.url, board, facilitator, { type: 'private.reveal' })
  await waitFor(() => sharedNotesOf(content).length === 18, 'revealed')
  await content.roundTrip()
  const inFrame = [...content.kv.map.values()].map(({ val }) => val).filter((r) => r.parentId === youSeeFrame)
  const boxes = inFrame.map(boxOf)
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(false)
  }
  const frame = content.kv.get(youSeeFrame) as unknown as { props: { w: number; h: number } }
  expect(frame.props.h).toBeGreaterThan(1000)
  expect(Math.max(...boxes.map((b) => b.y + b.h))).toBeLessThanOrEqual(frame.props.h)
  expect(Math.max(...boxes.map((b) => b.x + b.w))).toBeLessThanOrEqual(frame.props.w)
})

test('without a "What do you see?" frame, notes are revealed in the frame people wrote in', async () => {
  const server = await startTestServer()
  const board = await createBoardOver(server.url, 'One frame', { template: 'exploration' })
  const facilitator = { key: board.keys.facilitator }
  const writer = await joinPerson(server.url, board, board.keys.participant, { name: 'Ada' })
  const content = connectClient(server.syncUrl, board.id, board.keys.facilitator)
  await content.waitSynced()
  // The group removed the second step's frame (and what was in it).
  content.doc.transact(() => {
    for (const [key, { val }] of [...content.kv.map])
      if (key === youSeeFrame || val.parentId === youSeeFrame) content.kv.delete(key)
  })
  await content.roundTrip()
  const started = await command(server.url, board, facilitator, { type: 'private.start' })
  expect(started.body).toMatchObject({ frameId: iSeeFrame, revealFrameId: iSeeFrame })
  const client = await connectPrivate(server.syncUrl, board, writer)
  await writeNotes(client, [privateNote('a', 'In the same frame')])
  await command(server.url, board, facilitator, { type: 'private.reveal' })
  await waitFor(() => sharedNotesOf(content).length === 1, 'revealed')
  expect(sharedNotesOf(content)[0]!.parentId).toBe(iSeeFrame)
})

test('only the facilitator reveals, and only after private writing started', async () => {
  const server = await startTestServer()
  const board = await createBoardOver(server.url, 'Who reveals', { template: 'exploration' })
  const ada = await joinPerson(server.url, board, board.keys.participant, { name: 'Ada' })
  expectApiError(
    await command(server.url, board, { key: board.keys.facilitator }, { type: 'private.reveal' }),
    409,
    'conflict',
  )
  await command(server.url, board, { key: board.keys.facilitator }, { type: 'private.start' })
  expectApiError(await command(server.url, board, ada, { type: 'private.reveal' }), 403, 'forbidden')
  expectApiError(
    await command(server.url, board, { key: board.keys.viewer }, { type: 'private.reveal' }),
    403,
    'forbidden',
  )
  expectApiError(
    await command(server.url, board, { key: 'not-a-key' }, { type: 'private.reveal' }),
    401,
    'unauthorized',
  )
})
