import { expect, test } from 'vitest'
import { rankVotes, topNotes } from './rankVotes.ts'

const textOf = (id: string) => `Words of ${id}`

test('notes are ranked by votes, ties share a rank and keep the vote’s order', () => {
  const tally = rankVotes(
    [
      { participantId: 'p1', shapeId: 'shape:b' },
      { participantId: 'p2', shapeId: 'shape:b' },
      { participantId: 'p1', shapeId: 'shape:c' },
      { participantId: 'p2', shapeId: 'shape:a' },
    ],
    ['shape:a', 'shape:b', 'shape:c', 'shape:d'],
    { named: false, textOf },
  )
  expect(tally.totalVotes).toBe(4)
  expect(tally.notes.map((n) => [n.shapeId, n.votes, n.rank])).toEqual([
    ['shape:b', 2, 1],
    ['shape:a', 1, 2],
    ['shape:c', 1, 2],
    ['shape:d', 0, 4],
  ])
  expect(tally.notes[0]?.text).toBe('Words of shape:b')
  expect(topNotes(tally).map((n) => n.shapeId)).toEqual(['shape:b'])
})

test('an anonymous tally names nobody; a named one lists each voter once with their count', () => {
  const ballots = [
    { participantId: 'p1', shapeId: 'shape:a' },
    { participantId: 'p1', shapeId: 'shape:a' },
    { participantId: 'p2', shapeId: 'shape:a' },
  ]
  const anonymous = rankVotes(ballots, ['shape:a'], { named: false, textOf })
  expect(JSON.stringify(anonymous)).not.toMatch(/p1|p2/)
  const named = rankVotes(ballots, ['shape:a'], { named: true, textOf })
  expect(named.notes[0]?.voters).toEqual([
    { participantId: 'p1', votes: 2 },
    { participantId: 'p2', votes: 1 },
  ])
})

test('ballots on notes outside the vote are not counted, and no votes means no top notes', () => {
  const tally = rankVotes([{ participantId: 'p1', shapeId: 'shape:z' }], ['shape:a', 'shape:b'], {
    named: false,
    textOf,
  })
  expect(tally.totalVotes).toBe(0)
  expect(tally.notes.every((n) => n.rank === 1)).toBe(true)
  expect(topNotes(tally)).toEqual([])
})
