import { validateRecord, type TLRecord } from '@wesee/shared'
import { expect, test } from 'vitest'
import { createBoardOver } from '../helpers/api.ts'
import {
  command,
  connectPrivate,
  joinPerson,
  privateNote,
  sharedNotesOf,
  writeNotes,
  youSeeFrame,
} from '../helpers/privateWriting.ts'
import { connectClient, testNote } from '../helpers/syncClient.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

// The highest whole index key tldraw accepts: no whole key of the old kind is above it.
const topIndex = 'y' + 'z'.repeat(25)

test('a note a participant put at the very top of the reveal frame cannot stop the reveal, and every revealed note sits above it', async () => {
  const server = await startTestServer()
  const board = await createBoardOver(server.url, 'Top of the pile', { template: 'exploration' })
  const facilitator = { key: board.keys.facilitator }
  const ada = await joinPerson(server.url, board, board.keys.participant, { name: 'Ada' })
  const mallory = await joinPerson(server.url, board, board.keys.participant, { name: 'Mallory' })

  // Mallory's own note, moved into the frame the reveal writes to, with the top index.
  const board1 = connectClient(server.syncUrl, board.id, mallory.key, { token: mallory.token })
  await board1.waitSynced()
  board1.kv.set(
    'shape:mallory-top',
    testNote({
      id: 'shape:mallory-top',
      parentId: youSeeFrame,
      index: topIndex,
      x: 40,
      y: 900,
      text: 'On top',
    }),
  )
  await board1.roundTrip()
  expect(board1.kv.get('shape:mallory-top')).toMatchObject({ index: topIndex })

  expect((await command(server.url, board, facilitator, { type: 'private.start' })).status).toBe(200)
  const writer = await connectPrivate(server.syncUrl, board, ada)
  await writeNotes(writer, [privateNote('ada-1', 'Ada one'), privateNote('ada-2', 'Ada two', { y: 700 })])

  const reveal = await command(server.url, board, facilitator, { type: 'private.reveal' })
  expect(reveal.status).toBe(200)
  expect(reveal.body).toMatchObject({ revealed: 2 })

  const viewer = connectClient(server.syncUrl, board.id, board.keys.viewer)
  await viewer.waitSynced()
  await waitFor(() => sharedNotesOf(viewer).length === 2, 'both notes revealed')
  const revealed = [...viewer.kv.map.values()]
    .map(({ val }) => val)
    .filter((record) => {
      const meta = record.meta as { privateWriting?: boolean; privateWritingColumn?: boolean }
      return record.parentId === youSeeFrame && (meta.privateWriting || meta.privateWritingColumn)
    })
  // Two notes and their column's picture and name.
  expect(revealed).toHaveLength(4)
  for (const record of revealed) {
    expect((record.index as string) > topIndex, String(record.index)).toBe(true)
    // Every browser on the board would refuse to load a record tldraw finds invalid.
    expect(() => validateRecord(record as unknown as TLRecord)).not.toThrow()
  }

  // The server still serves the board, and a later reveal still works.
  const health = await fetch(`${server.url}/healthz`)
  expect(health.status).toBe(200)
})
