import { expect, test } from 'vitest'
import { rankVotes } from '@wesee/shared'
import { spokenResults } from './spokenResults.ts'

test('the ranked results read as plain sentences, best first', () => {
  const tally = rankVotes(
    [
      { participantId: 'p1', shapeId: 'shape:a' },
      { participantId: 'p2', shapeId: 'shape:a' },
      { participantId: 'p2', shapeId: 'shape:b' },
    ],
    ['shape:b', 'shape:a'],
    { named: false, textOf: (id) => (id === 'shape:a' ? 'More buses' : 'Why so late?') },
  )
  expect(spokenResults('What do we see now?', tally, 2, (_id, counted) => counted)).toBe(
    'Results: What do we see now? 2 people gave 3 votes. Number 1: More buses. 2 votes. Number 2: Why so late? 1 vote.',
  )
})
