import { expect, test } from 'vitest'
import { startTestServer } from '../helpers/testServer.ts'
import { voteOf, votingBoard } from '../helpers/voting.ts'

test('a named vote shows who voted for what once revealed', async () => {
  const server = await startTestServer()
  const vb = await votingBoard(server)
  const [sam, pat] = [await vb.join('Sam'), await vb.join('Pat')]
  await vb.command({ type: 'vote.start', anonymous: false, allowSameNoteTwice: true })
  await vb.as(sam, { type: 'vote.cast', shapeId: vb.notes[0] })
  await vb.as(sam, { type: 'vote.cast', shapeId: vb.notes[0] })
  await vb.as(pat, { type: 'vote.cast', shapeId: vb.notes[0] })
  await vb.as(pat, { type: 'vote.cast', shapeId: vb.notes[1] })
  const hidden = voteOf(await vb.command({ type: 'vote.end' }))
  expect(JSON.stringify(hidden)).not.toContain(sam.participantId)

  await vb.command({ type: 'vote.reveal' })
  const control = await vb.control()
  const { vote } = control.snapshot()
  expect(vote?.anonymous).toBe(false)
  const first = vote?.tally?.notes.find((n) => n.shapeId === vb.notes[0])
  expect(first?.voters).toEqual([
    { participantId: sam.participantId, votes: 2 },
    { participantId: pat.participantId, votes: 1 },
  ])
  expect(vote?.tally?.notes.find((n) => n.shapeId === vb.notes[1])?.voters).toEqual([
    { participantId: pat.participantId, votes: 1 },
  ])
  expect(vote?.tally?.notes.find((n) => n.shapeId === vb.notes[2])?.voters).toEqual([])
  expect(control.snapshot().voteResults[0]?.tally.notes[0]?.voters).toHaveLength(2)
})

test('an anonymous vote never shows who voted, not even after it is revealed', async () => {
  const server = await startTestServer()
  const vb = await votingBoard(server)
  const [sam, pat] = [await vb.join('Sam'), await vb.join('Pat')]
  for (const results of ['hidden', 'live'] as const) {
    await vb.command({ type: 'vote.start', results })
    await vb.as(sam, { type: 'vote.cast', shapeId: vb.notes[0] })
    await vb.as(pat, { type: 'vote.cast', shapeId: vb.notes[2] })
    await vb.command({ type: 'vote.reveal' })
  }
  // A participant's browser, and the projector's (a view-only link) alike.
  for (const key of [vb.board.keys.participant, vb.board.keys.viewer]) {
    const control = await vb.control(key)
    const { participants, ...sections } = control.snapshot()
    expect(participants.map((p) => p.name)).toEqual(['Fran', 'Sam', 'Pat'])
    const everythingButProfiles = JSON.stringify(sections)
    expect(sections.voteResults).toHaveLength(2)
    expect(sections.vote?.tally?.totalVotes).toBe(2)
    expect(everythingButProfiles).not.toContain(sam.participantId)
    expect(everythingButProfiles).not.toContain(pat.participantId)
    expect(everythingButProfiles).not.toContain('voters')
  }
})
