import { expect, test } from 'vitest'
import { neighbourStep, stepsOnBoard } from './stageNavigation.ts'

test('the steps on a board follow the stages left to right', () => {
  expect(stepsOnBoard(['exploration']).map((s) => s.id)).toEqual(['i-see', 'you-see', 'we-see'])
  expect(stepsOnBoard(['experimentation', 'exploration']).map((s) => s.id)).toEqual([
    'ideas',
    'small-tries',
    'learned',
    'i-see',
    'you-see',
    'we-see',
  ])
  expect(stepsOnBoard([])).toEqual([])
})

test('next and previous move one step, across stages, and stop at the ends', () => {
  const board = ['exploration', 'experimentation'] as const
  expect(neighbourStep(board, { stage: 'exploration', step: 'i-see' }, 1)?.id).toBe('you-see')
  expect(neighbourStep(board, { stage: 'exploration', step: 'we-see' }, 1)?.id).toBe('ideas')
  expect(neighbourStep(board, { stage: 'experimentation', step: 'ideas' }, -1)?.id).toBe('we-see')
  expect(neighbourStep(board, { stage: 'exploration', step: 'i-see' }, -1)).toBeNull()
  expect(neighbourStep(board, { stage: 'experimentation', step: 'learned' }, 1)).toBeNull()
})

test('with no step yet, next starts at the first step; previous goes nowhere', () => {
  expect(neighbourStep(['exploration'], null, 1)?.frameId).toBe('shape:frame-exploration-i-see')
  expect(neighbourStep(['exploration'], null, -1)).toBeNull()
  expect(neighbourStep([], null, 1)).toBeNull()
  // A step whose stage has since left the board counts as "no step yet".
  expect(neighbourStep(['exploration'], { stage: 'embedding', step: 'keep-going' }, 1)?.id).toBe('i-see')
})
