import { expect, test } from 'vitest'
import { createBoardOver } from '../helpers/api.ts'
import {
  command,
  connectPrivate,
  joinPerson,
  privateCountsOf,
  privateNote,
  sharedNotesOf,
  writeNotes,
  type Person,
} from '../helpers/privateWriting.ts'
import { connectClient } from '../helpers/syncClient.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'
import { maxNotesPerShare } from '../../src/privateWriting/moveNotesToBoard.ts'

// Lowered from 5,000 so the test stays quick; the rule is the same at any size.
const maxNotesPerReveal = 1_000

test('a reveal past the total cap shares places fairly, keeps the rest private and says how many; the next reveal puts them on, nothing lost', async () => {
  const server = await startTestServer({ limits: { maxNotesPerReveal } })
  const board = await createBoardOver(server.url, 'Reveal', { template: 'exploration' })
  const facilitator = { key: board.keys.facilitator }
  expect((await command(server.url, board, facilitator, { type: 'private.start' })).status).toBe(200)

  // Ada writes three notes; five stock clients fill their private docs to the per-person cap
  // (one of them shares without a name, so its notes wait for the reveal).
  const ada = await joinPerson(server.url, board, board.keys.participant, { name: 'Ada' })
  const stuffers: Person[] = []
  for (let i = 0; i < 5; i++) {
    stuffers.push(
      await joinPerson(
        server.url,
        board,
        board.keys.participant,
        i === 4 ? { anonymous: true } : { name: `S${i}` },
      ),
    )
  }
  const adaDoc = await connectPrivate(server.syncUrl, board, ada)
  await writeNotes(
    adaDoc,
    [0, 1, 2].map((n) => privateNote(`ada-${n}`, `Ada ${n}`)),
  )
  for (const [i, person] of stuffers.entries()) {
    const doc = await connectPrivate(server.syncUrl, board, person)
    await writeNotes(
      doc,
      Array.from({ length: maxNotesPerShare }, (_, n) => privateNote(`s${i}-${n}`, `S${i} ${n}`)),
    )
    doc.destroy()
  }
  const written = 3 + 5 * maxNotesPerShare
  expect(Object.values(await privateCountsOf(server.url, board)).reduce((a, b) => a + b, 0)).toBe(written)
  const content = connectClient(server.syncUrl, board.id, board.keys.viewer)
  await content.waitSynced()

  const first = await command(server.url, board, facilitator, { type: 'private.reveal' })
  expect(first.status).toBe(200)
  const firstAnswer = first.body as { revealed: number; stillPrivate: number }
  expect(firstAnswer.revealed).toBeLessThanOrEqual(maxNotesPerReveal)
  expect(firstAnswer.revealed).toBeGreaterThan(maxNotesPerReveal - stuffers.length)
  expect(firstAnswer.stillPrivate).toBe(written - firstAnswer.revealed)
  await waitFor(() => sharedNotesOf(content).length === firstAnswer.revealed, 'the first reveal on the board')
  // Ada's few notes are not crowded out, and nobody gets more than an even share.
  const counts = await privateCountsOf(server.url, board)
  expect(counts[ada.participantId] ?? 0).toBe(0)
  for (const person of stuffers) {
    const left = counts[person.participantId] ?? 0
    expect(left).toBeGreaterThanOrEqual(
      maxNotesPerShare - Math.ceil((maxNotesPerReveal - 3) / stuffers.length),
    )
  }

  // Run again, everything left goes on, once each.
  const second = await command(server.url, board, facilitator, { type: 'private.reveal' })
  expect(second.body).toMatchObject({ revealed: firstAnswer.stillPrivate, stillPrivate: 0 })
  await waitFor(() => sharedNotesOf(content).length === written, 'every note on the board')
  const words = sharedNotesOf(content).map((note) => note.id)
  expect(new Set(words).size).toBe(written)
  expect(Object.values(await privateCountsOf(server.url, board)).reduce((a, b) => a + b, 0)).toBe(0)
})
