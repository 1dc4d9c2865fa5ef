import { expect, test } from 'vitest'
import { connectClient } from '../helpers/syncClient.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { noteIn, voteOf, votingBoard, weSeeFrame } from '../helpers/voting.ts'

/**
 * The server checks every control section against its schema before writing
 * it. Whatever people put on the board (very long words, a frame with a very
 * long name) must still make a section that passes, or a vote could never be
 * started or shown.
 */
test('a vote on very long words in a frame with a very long name starts, counts and reveals', async () => {
  const server = await startTestServer()
  const vb = await votingBoard(server)
  const long = 'Buses '.repeat(6_000)
  const writer = connectClient(server.syncUrl, vb.board.id, vb.board.keys.facilitator)
  await writer.waitSynced()
  const frame = writer.kv.get(weSeeFrame) as unknown as { props: Record<string, unknown> }
  writer.doc.transact(() => {
    writer.kv.set('shape:long', noteIn(weSeeFrame, 'long', long, 100, 200))
    writer.kv.set(weSeeFrame, {
      ...frame,
      props: { ...frame.props, name: 'What we see '.repeat(3_000) },
    } as never)
  })
  await writer.roundTrip()
  writer.destroy()

  const started = await vb.command({ type: 'vote.start', frameId: weSeeFrame, anonymous: false })
  expect(voteOf(started).shapeIds).toContain('shape:long')
  expect((await vb.command({ type: 'vote.cast', shapeId: 'shape:long' })).status).toBe(200)
  const revealed = voteOf(await vb.command({ type: 'vote.reveal' }))
  expect(revealed.tally?.notes.find((note) => note.shapeId === 'shape:long')?.text).toBe(long.trim())
  expect((await vb.control()).snapshot().voteResults).toHaveLength(1)
})
